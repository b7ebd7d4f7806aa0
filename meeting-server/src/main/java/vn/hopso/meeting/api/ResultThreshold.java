package vn.hopso.meeting.api;

/**
 * A threshold the result was measured against: what it is for ({@code label}), the rule in words, the size of its
 * base and the votes it takes; {@code description} reads "Quá 1/2 tổng số đại biểu (58): cần 30 phiếu".
 */
public record ResultThreshold(String label, String rule, int base, int votesNeeded, String description) {
}
