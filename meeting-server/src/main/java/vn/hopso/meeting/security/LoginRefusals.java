package vn.hopso.meeting.security;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.hopso.meeting.api.ApiError;

/** A refused login as an {@link ApiError} with a {@code Retry-After} header, which the login screen counts down. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class LoginRefusals {

    @ExceptionHandler(LoginRefused.class)
    ResponseEntity<ApiError> refused(LoginRefused refused) {
        return ResponseEntity.status(refused.status())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfterSeconds()))
                .body(new ApiError(refused.status().value(), refused.code(), refused.getMessage(), List.of()));
    }
}
