package vn.hopso.documents.domain;

import java.util.Optional;

/**
 * A file's name exactly as it was uploaded: path separators, dots, markup, combining marks and all, because it is
 * only ever shown (as text) and never used as a path. Two names that differ only in Unicode normalisation (NFC
 * "Tờ trình" and NFD "Tờ trình") stay two different names. Only what cannot be kept as text is refused.
 */
public record FileName(String value) {

    /** Longer names are refused: 300 characters pass, a megabyte of name does not. */
    public static final int MAX_LENGTH = 1000;

    public FileName {
        problem(value).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    /** Why this name cannot be kept, in Vietnamese; empty when it can. */
    public static Optional<String> problem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("Tệp không có tên.");
        }
        if (value.length() > MAX_LENGTH) {
            return Optional.of("Tên tệp dài quá " + MAX_LENGTH + " ký tự.");
        }
        if (value.indexOf('\0') >= 0) {
            return Optional.of("Tên tệp chứa ký tự NUL.");
        }
        boolean unpaired = value.codePoints().anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
        if (unpaired) {
            return Optional.of("Tên tệp chứa ký tự Unicode không hợp lệ.");
        }
        return Optional.empty();
    }

    /** The name without its last extension, as a first title: "Tờ trình số 12.pdf" gives "Tờ trình số 12". */
    public String stem() {
        int dot = value.lastIndexOf('.');
        String stem = dot > 0 ? value.substring(0, dot) : value;
        return stem.isBlank() ? value : stem;
    }
}
