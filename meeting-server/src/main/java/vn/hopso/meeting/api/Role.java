package vn.hopso.meeting.api;

/** A person's role in one organisation; a person may hold several (a chair is usually a delegate too). */
public enum Role {
    /** Quản trị: manages the organisation's members and settings. */
    ADMIN,
    /** Thư ký kỳ họp / văn phòng: prepares and runs sessions. */
    SECRETARIAT,
    /** Chủ tọa. */
    CHAIR,
    /** Đại biểu. */
    DELEGATE,
    /** Kỹ thuật điểm cầu. */
    SITE_OPERATOR,
    /** Khách mời. */
    GUEST,
    /** Quan sát viên, báo chí, màn hình hội trường. */
    OBSERVER,
    /** Ban kiểm phiếu. */
    BALLOT_COMMITTEE
}
