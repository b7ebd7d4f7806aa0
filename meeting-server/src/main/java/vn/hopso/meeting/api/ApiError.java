package vn.hopso.meeting.api;

import java.util.List;

/** Every error the API answers: a stable code for programs and a Vietnamese message for people. */
public record ApiError(int status, String code, String message, List<FieldError> fields) {
}
