package vn.hopso.meeting.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Real-looking Vietnamese full names (họ, tên đệm, tên), the same on every run. */
final class DemoNames {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương"};
    private static final String[] MALE_MIDDLE = {"Văn", "Hữu", "Đức", "Minh", "Quang", "Xuân", "Công", "Thanh"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Ngọc", "Thu", "Hồng", "Thanh", "Kim", "Mỹ"};
    private static final String[] MALE_GIVEN = {"An", "Bình", "Cường", "Dũng", "Hải", "Hiếu", "Hùng", "Khánh", "Long",
        "Nam", "Phong", "Phúc", "Quân", "Sơn", "Thắng", "Trung", "Tuấn", "Vinh", "Đạt", "Lâm"};
    private static final String[] FEMALE_GIVEN = {"Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga",
        "Thảo", "Trang", "Vân", "Yến", "Ánh", "Uyên", "Oanh"};

    private DemoNames() {
    }

    static List<String> generate(int count, long seed) {
        Random random = new Random(seed);
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            boolean female = random.nextInt(100) < 40;
            String family = FAMILY[random.nextInt(FAMILY.length)];
            String middle = female ? FEMALE_MIDDLE[random.nextInt(FEMALE_MIDDLE.length)]
                    : MALE_MIDDLE[random.nextInt(MALE_MIDDLE.length)];
            String given = female ? FEMALE_GIVEN[random.nextInt(FEMALE_GIVEN.length)]
                    : MALE_GIVEN[random.nextInt(MALE_GIVEN.length)];
            names.add(family + " " + middle + " " + given);
        }
        return new ArrayList<>(names);
    }
}
