package vn.hopso.meeting.sitting.domain;

/** A rule of the sitting says no: a stable code and a Vietnamese message; nothing is changed. */
public final class Refusal extends RuntimeException {

    private final String code;

    public Refusal(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
