package vn.hopso.meeting.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import vn.hopso.meeting.api.ApiError;
import vn.hopso.meeting.api.FieldError;

/** A refusal the caller can act on, with a Vietnamese message; thrown before anything is changed. */
public final class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<FieldError> fields;

    private ApiProblem(HttpStatus status, String code, String message, List<FieldError> fields) {
        super(message);
        this.status = status;
        this.code = code;
        this.fields = List.copyOf(fields);
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not_found", "Không tìm thấy " + what + ".", List.of());
    }

    public static ApiProblem forbidden() {
        return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Bạn không có quyền thực hiện thao tác này.", List.of());
    }

    public static ApiProblem invalid(String field, String message) {
        return invalid(field, "invalid", message);
    }

    /** One field is refused for a reason with a code of its own, e.g. {@code username_taken}. */
    public static ApiProblem invalid(String field, String code, String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid", "Dữ liệu chưa hợp lệ.",
                List.of(new FieldError(field, code, message)));
    }

    /** A broken form constraint as a field error code: {@code NotBlank} becomes {@code not_blank}. */
    public static String constraintCode(@Nullable String constraint) {
        if (constraint == null || constraint.isBlank()) {
            return "invalid";
        }
        return constraint.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /**
     * A field refused for a reason that is the whole answer (a password too common): {@code code} names it, as the
     * answer's code and the field's, and the message is shown next to the field too.
     */
    public static ApiProblem refusedField(String code, String field, String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, code, message, List.of(new FieldError(field, code, message)));
    }

    public static ApiProblem of(HttpStatus status, String code, String message) {
        return new ApiProblem(status, code, message, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public ApiError toError() {
        return new ApiError(status.value(), code, getMessage(), fields);
    }
}
