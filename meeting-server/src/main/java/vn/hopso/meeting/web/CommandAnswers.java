package vn.hopso.meeting.web;

import org.springframework.http.HttpStatus;
import vn.hopso.meeting.command.Outcome;

/** How the REST edge answers a command's outcome: a refusal becomes its HTTP status with the reason. */
public final class CommandAnswers {

    /** The request header a client sets to make a command safe to send again. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private CommandAnswers() {
    }

    public static Outcome.Applied applied(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Applied applied -> applied;
            case Outcome.Rejected rejected -> throw rejected.refusal().exception();
            case Outcome.AlreadyApplied already -> throw ApiProblem.of(HttpStatus.CONFLICT, "already_applied",
                    "Yêu cầu này đã được thực hiện trước đó; màn hình sẽ hiển thị kết quả.");
        };
    }
}
