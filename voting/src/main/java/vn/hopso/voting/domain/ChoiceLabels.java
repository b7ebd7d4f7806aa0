package vn.hopso.voting.domain;

import java.util.Objects;

/** How a council names the three choices on its screens and result sheets; the rules only see {@link Choice}. */
public record ChoiceLabels(String yes, String no, String abstain) {

    /** "Tán thành / Không tán thành / Không biểu quyết". */
    public static final ChoiceLabels TAN_THANH = new ChoiceLabels("Tán thành", "Không tán thành", "Không biểu quyết");

    /** "Đồng ý / Không đồng ý / Phiếu trắng". */
    public static final ChoiceLabels DONG_Y = new ChoiceLabels("Đồng ý", "Không đồng ý", "Phiếu trắng");

    public ChoiceLabels {
        for (String label : new String[] {yes, no, abstain}) {
            if (Objects.requireNonNull(label, "label").isBlank()) {
                throw new IllegalArgumentException("a choice needs a label");
            }
        }
    }

    public String of(Choice choice) {
        return switch (choice) {
            case YES -> yes;
            case NO -> no;
            case ABSTAIN -> abstain;
        };
    }
}
