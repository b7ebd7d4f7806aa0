package vn.hopso.meeting.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.hopso.meeting.command.Outcome;

/** How the REST edge answers a command's outcome: a refusal becomes its HTTP status with the reason. */
public final class CommandAnswers {

    /** The request header a client sets to make a command safe to send again. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** The response header of an answer to a request sent again with its idempotency key: nothing was done again. */
    public static final String REPLAYED = "Idempotent-Replayed";

    private CommandAnswers() {
    }

    /** The longest idempotency key taken: a UUID fits with room to spare. */
    private static final int MAX_KEY = 64;

    /** A usable key, or a refusal naming the header: printable ASCII, at most {@value #MAX_KEY} characters. */
    public static @Nullable String key(@Nullable String header) {
        if (header == null) {
            return null;
        }
        if (header.isEmpty() || header.length() > MAX_KEY || !header.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ApiProblem.invalid(IDEMPOTENCY_KEY,
                    "Khóa chống gửi lặp (Idempotency-Key) phải gồm 1–64 ký tự ASCII in được, không có khoảng trắng.");
        }
        return header;
    }

    /**
     * What to answer: a repeat with an idempotency key answers like the first request (what it made or changed, as it
     * stands now), marked with {@value #REPLAYED}.
     */
    public static Outcome.Applied applied(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Applied applied -> applied;
            case Outcome.Rejected rejected -> throw rejected.refusal().exception();
            case Outcome.AlreadyApplied already -> {
                if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                        && attributes.getResponse() != null) {
                    attributes.getResponse().setHeader(REPLAYED, "true");
                }
                yield new Outcome.Applied(already.subjectId(), already.now());
            }
        };
    }
}
