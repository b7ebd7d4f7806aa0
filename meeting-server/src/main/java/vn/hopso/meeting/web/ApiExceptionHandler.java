package vn.hopso.meeting.web;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.hopso.meeting.api.ApiError;
import vn.hopso.meeting.api.FieldError;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.domain.Refused;

/** Turns every failure into an {@link ApiError} with a Vietnamese message; never a stack trace. */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ApiError> problem(ApiProblem problem) {
        return ResponseEntity.status(problem.status()).body(problem.toError());
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<ApiError> refused(Refused refused) {
        Refusal refusal = refused.refusal();
        HttpStatus status = switch (refusal.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        if (refusal.kind() == Refusal.Kind.INVALID) {
            return respond(status, refusal.code(), "Dữ liệu chưa hợp lệ.",
                    List.of(new FieldError(refusal.field() == null ? "" : refusal.field(), refusal.code(),
                            refusal.message())));
        }
        return respond(status, refusal.code(), refusal.message(), List.of());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
        List<FieldError> fields = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), ApiProblem.constraintCode(f.getCode()), f.getDefaultMessage()))
                .toList();
        return respond(HttpStatus.BAD_REQUEST, "invalid", "Dữ liệu chưa hợp lệ.", fields);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(UnreadableBody.describe(e));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return respond(HttpStatus.BAD_REQUEST, "bad_request", "Thiếu tham số " + e.getParameterName() + ".", List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badId(MethodArgumentTypeMismatchException e) {
        return respond(HttpStatus.BAD_REQUEST, "bad_request", "Mã định danh không hợp lệ: " + e.getName() + ".", List.of());
    }

    /** A path id that converts to nothing ({@code /api/sittings/%20}); a variable missing from the mapping stays a bug. */
    @ExceptionHandler(MissingPathVariableException.class)
    ResponseEntity<ApiError> emptyId(MissingPathVariableException e) {
        if (!e.isMissingAfterConversion()) {
            return unexpected(e);
        }
        return respond(HttpStatus.BAD_REQUEST, "bad_request", "Mã định danh không hợp lệ: " + e.getVariableName() + ".",
                List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
        return respond(HttpStatus.NOT_FOUND, "not_found", "Không tìm thấy địa chỉ này.", List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return respond(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", "Thao tác không được hỗ trợ.", List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", "Dữ liệu phải ở dạng JSON.", List.of());
    }

    /** A file beyond hopso.documents.max-file-size, refused by Tomcat before it is read. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> uploadTooLarge(MaxUploadSizeExceededException e) {
        return respond(HttpStatus.CONTENT_TOO_LARGE, "file_too_large", "Tệp lớn quá giới hạn cho phép.", List.of());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
        return respond(HttpStatus.BAD_REQUEST, "bad_request", "Thiếu phần " + e.getRequestPartName() + ".", List.of());
    }

    /** Not a multipart request where files are expected, or a broken one. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> notMultipart(MultipartException e) {
        return respond(HttpStatus.BAD_REQUEST, "bad_request", "Dữ liệu tải lên không đúng dạng multipart/form-data.",
                List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiProblem.forbidden().toError());
    }

    /**
     * The client went away before the answer was written (a reader turned past a page image still coming): there is
     * nobody to answer and nothing went wrong on the server.
     */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e) {
        log.debug("The client closed the connection before its answer was written: {}", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, incident {}", incident, e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "Máy chủ gặp sự cố (mã " + incident + "). Vui lòng thử lại hoặc báo cho bộ phận kỹ thuật.", List.of());
    }

    private static ResponseEntity<ApiError> respond(HttpStatus status, String code, String message,
            List<FieldError> fields) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), code, message, fields));
    }
}
