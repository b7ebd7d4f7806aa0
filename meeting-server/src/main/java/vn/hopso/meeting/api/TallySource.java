package vn.hopso.meeting.api;

/** Who counted a tally: the electronic system, or the ballot committee on paper (kiểm phiếu giấy). */
public enum TallySource {
    ELECTRONIC,
    PAPER
}
