package vn.hopso.meeting.api;

/** How a motion's three choices read, e.g. "Tán thành / Không tán thành / Không biểu quyết". */
public record BallotLabels(String yes, String no, String abstain) {
}
