package vn.hopso.meeting.domain;

import org.jspecify.annotations.Nullable;

/**
 * Optimistic versions: every editable record counts its edits, and an edit names the version it was made from, so
 * that two people editing the same record cannot overwrite each other unknowingly.
 */
public final class Versions {

    private Versions() {
    }

    /** A missing version is a bad request, another one than the record's a conflict. */
    public static void require(long actual, @Nullable Long expected) {
        if (expected == null) {
            throw Refusal.invalid("version", "Thiếu phiên bản của bản ghi đang sửa; hãy tải lại trang.").exception();
        }
        if (actual != expected) {
            throw Refusal.staleVersion().exception();
        }
    }

    /** The row count of an update made only where the version was still the expected one. */
    public static void requireUpdated(int rows) {
        if (rows == 0) {
            throw Refusal.staleVersion().exception();
        }
    }
}
