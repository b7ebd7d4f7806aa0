package vn.hopso.meeting.api;

/** An administrative level (cấp): central, province, district, commune. */
public record Level(String code, String name, int rank) {
}
