package vn.hopso.meeting.api;

public record CsrfToken(String headerName, String token) {
}
