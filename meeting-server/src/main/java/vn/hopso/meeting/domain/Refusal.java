package vn.hopso.meeting.domain;

import org.jspecify.annotations.Nullable;

/**
 * A rule says no: what kind of no, a stable code the client translates, and a Vietnamese message ready to show.
 * Nothing was changed. The web and realtime edges turn it into an HTTP status or an error frame.
 */
public record Refusal(Kind kind, String code, String message, @Nullable String field) {

    public enum Kind {
        /** No such thing, or nothing the caller may see: both answer alike, so ids reveal nothing. */
        NOT_FOUND,
        /** The caller sees it but may not do this. */
        FORBIDDEN,
        /** The state does not allow it now (a rule, a stale version, a changed current item). */
        CONFLICT,
        /** The request itself is wrong; {@code field} names the culprit. */
        INVALID
    }

    public static Refusal notFound(String what) {
        return new Refusal(Kind.NOT_FOUND, "not_found", "Không tìm thấy " + what + ".", null);
    }

    public static Refusal forbidden() {
        return new Refusal(Kind.FORBIDDEN, "forbidden", "Bạn không có quyền thực hiện thao tác này.", null);
    }

    public static Refusal conflict(String code, String message) {
        return new Refusal(Kind.CONFLICT, code, message, null);
    }

    public static Refusal invalid(String field, String message) {
        return new Refusal(Kind.INVALID, "invalid", message, field);
    }

    /** Someone else changed the record since the caller read it. */
    public static Refusal staleVersion() {
        return conflict("stale_version", "Dữ liệu vừa được người khác thay đổi. Vui lòng xem lại rồi thử lại.");
    }

    /** For unwinding a transaction: {@code throw refusal.exception()}. */
    public Refused exception() {
        return new Refused(this);
    }
}
