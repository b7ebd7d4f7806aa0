package vn.hopso.meeting.api;

public record FieldError(String field, String message) {
}
