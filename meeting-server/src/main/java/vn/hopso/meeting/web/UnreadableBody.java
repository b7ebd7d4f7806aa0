package vn.hopso.meeting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import vn.hopso.meeting.api.ApiError;
import vn.hopso.meeting.api.FieldError;

/**
 * Says why a request body could not be read: for a value of the wrong kind, the field and what it should be (code
 * {@code invalid}, shown next to the field like any validation error); otherwise what is wrong with the document as a
 * whole (code {@code bad_request}).
 */
final class UnreadableBody {

    private static final int STATUS = HttpStatus.BAD_REQUEST.value();

    private UnreadableBody() {
    }

    static ApiError describe(HttpMessageNotReadableException unreadable) {
        JacksonException cause = jacksonCause(unreadable);
        if (cause == null) {
            return document("Thiếu dữ liệu gửi lên hoặc dữ liệu không đọc được.");
        }
        String field = path(cause);
        if (cause instanceof UnrecognizedPropertyException) {
            return field(field, "Biểu mẫu không có trường này.");
        }
        if (cause instanceof InputCoercionException) {
            return field(field, "Số quá lớn hoặc quá nhỏ.");
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return field.isEmpty() ? document("Dữ liệu gửi lên phải là một đối tượng JSON theo biểu mẫu.")
                    : field(field, expected(mismatch.getTargetType()));
        }
        if (cause instanceof StreamConstraintsException) {
            return document("Dữ liệu gửi lên quá lớn hoặc lồng nhau quá sâu.");
        }
        return document("Dữ liệu gửi lên không đúng định dạng JSON: sai cú pháp, có trường lặp lại hoặc thừa nội dung.");
    }

    private static JacksonException jacksonCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    /** The field as the validation errors name it: {@code title}, {@code itemIds[2]}. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : e.getPath()) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "Giá trị không đúng kiểu.";
        }
        if (type == String.class) {
            return "Phải là một chuỗi ký tự.";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "Phải là true hoặc false.";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "Phải là một số nguyên.";
        }
        if (type == Instant.class) {
            return "Phải là một thời điểm ISO-8601, ví dụ 2026-12-08T01:30:00Z.";
        }
        if (type == LocalDate.class) {
            return "Phải là một ngày ISO-8601, ví dụ 2026-12-08.";
        }
        if (type == UUID.class) {
            return "Phải là một mã định danh (UUID).";
        }
        if (type.isEnum()) {
            return "Phải là một trong các giá trị: " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", ")) + ".";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "Phải là một danh sách.";
        }
        return "Giá trị không đúng kiểu.";
    }

    private static ApiError field(String field, String message) {
        return new ApiError(STATUS, "invalid", "Dữ liệu chưa hợp lệ.", List.of(new FieldError(field, "invalid", message)));
    }

    private static ApiError document(String message) {
        return new ApiError(STATUS, "bad_request", message, List.of());
    }
}
