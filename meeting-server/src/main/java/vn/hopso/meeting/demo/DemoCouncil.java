package vn.hopso.meeting.demo;

import java.util.List;

/** The texts of the demo council: a provincial People's Council session with two sittings. */
final class DemoCouncil {

    static final String PASSWORD = "hopso2026";
    static final String COUNCIL = "Hội đồng nhân dân tỉnh Lam Sơn";
    static final int DELEGATES = 56;
    /** How many of them (the last) attend at the commune site of the site operator account. */
    static final int AT_SITE = 5;
    static final String SECRETARIAT = "thuky";
    static final String SECRETARIAT_NAME = "Lê Thị Thu Hà";

    static final List<String> DELEGATIONS = List.of(
            "Tổ 1 – Thành phố Lam Sơn", "Tổ 2 – Phường Bắc Sơn", "Tổ 3 – Xã Tân Lập", "Tổ 4 – Xã Hòa Bình",
            "Tổ 5 – Xã Phú Mỹ", "Tổ 6 – Xã Thanh Hà", "Tổ 7 – Xã Đông Yên", "Tổ 8 – Xã Sơn Thủy");

    record Item(String title, String presenter, int minutes, boolean closed, String description) {
    }

    /** The opening sitting's item that the demo's prepared ballot is on. */
    static final Item BUDGET = new Item("Dự toán ngân sách địa phương năm 2027", "Giám đốc Sở Tài chính", 25, false,
            "Tờ trình, dự thảo nghị quyết về dự toán thu, chi ngân sách.");

    /** The opening sitting's item that the demo's socio-economic report is on. */
    static final Item ECONOMY = new Item("Báo cáo tình hình kinh tế – xã hội năm 2026, kế hoạch năm 2027",
            "Chủ tịch UBND tỉnh", 30, false, "Tờ trình và báo cáo của UBND tỉnh.");

    static final List<Item> OPENING_SITTING = List.of(
            new Item("Khai mạc kỳ họp", "Chủ tịch HĐND tỉnh", 15, false, "Diễn văn khai mạc; giới thiệu đại biểu dự họp."),
            ECONOMY,
            new Item("Báo cáo thẩm tra của Ban Kinh tế – Ngân sách", "Trưởng Ban Kinh tế – Ngân sách", 20, false,
                    "Báo cáo thẩm tra các tờ trình về kinh tế, ngân sách."),
            BUDGET,
            new Item("Kế hoạch đầu tư công trung hạn 2026–2030", "Giám đốc Sở Kế hoạch và Đầu tư", 25, false,
                    "Tờ trình, dự thảo nghị quyết điều chỉnh kế hoạch đầu tư công."),
            new Item("Báo cáo công tác của Tòa án nhân dân và Viện kiểm sát nhân dân tỉnh", "Chánh án TAND tỉnh", 20,
                    false, "Báo cáo công tác năm 2026."),
            new Item("Thảo luận tại hội trường", "Chủ tọa điều hành", 90, false,
                    "Đại biểu đăng ký phát biểu qua hệ thống."),
            new Item("Tổng hợp ý kiến cử tri gửi đến kỳ họp", "Ủy ban MTTQ Việt Nam tỉnh", 15, false,
                    "Thông báo của Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh."));

    static final List<Item> SECOND_SITTING = List.of(
            new Item("Chất vấn và trả lời chất vấn", "Chủ tọa điều hành", 120, false,
                    "Giám đốc các Sở trả lời chất vấn của đại biểu."),
            new Item("Nghị quyết quy định mức hỗ trợ học phí năm học 2027–2028", "Giám đốc Sở Giáo dục và Đào tạo", 20,
                    false, "Tờ trình, dự thảo nghị quyết, báo cáo thẩm tra của Ban Văn hóa – Xã hội."),
            new Item("Nghị quyết về chính sách hỗ trợ y tế cơ sở", "Giám đốc Sở Y tế", 20, false,
                    "Tờ trình và dự thảo nghị quyết."),
            new Item("Công tác cán bộ", "Thường trực HĐND tỉnh", 30, true,
                    "Họp kín: chỉ đại biểu HĐND tỉnh và thư ký kỳ họp."),
            new Item("Biểu quyết thông qua các nghị quyết", "Chủ tọa điều hành", 30, false,
                    "Biểu quyết từng nghị quyết bằng hệ thống điện tử."),
            new Item("Bế mạc kỳ họp", "Chủ tịch HĐND tỉnh", 15, false, "Diễn văn bế mạc."));

    private DemoCouncil() {
    }
}
