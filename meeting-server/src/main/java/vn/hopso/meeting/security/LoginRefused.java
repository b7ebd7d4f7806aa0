package vn.hopso.meeting.security;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** A login (or a check of the current password) that was not even tried: too many failures, or the server is busy. */
final class LoginRefused extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Duration retryAfter;

    private LoginRefused(HttpStatus status, String code, String message, Duration retryAfter) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    static LoginRefused throttled(Duration wait) {
        long seconds = seconds(wait);
        String when = seconds < 60 ? seconds + " giây" : ((seconds + 59) / 60) + " phút";
        return new LoginRefused(HttpStatus.TOO_MANY_REQUESTS, "too_many_attempts",
                "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau " + when + ".", wait);
    }

    static LoginRefused busy() {
        return new LoginRefused(HttpStatus.SERVICE_UNAVAILABLE, "login_busy",
                "Máy chủ đang bận kiểm tra nhiều lượt đăng nhập. Vui lòng thử lại sau giây lát.", Duration.ofSeconds(1));
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    /** Whole seconds, rounded up: the value of the Retry-After header. */
    long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
