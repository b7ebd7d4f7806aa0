package vn.hopso.meeting.login.domain;

/** Why a new password is refused: a stable code for programs and a Vietnamese message for the person choosing it. */
public record PasswordProblem(String code, String message) {
}
