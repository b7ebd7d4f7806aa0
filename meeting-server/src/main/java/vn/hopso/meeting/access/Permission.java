package vn.hopso.meeting.access;

import static vn.hopso.meeting.api.Role.ADMIN;
import static vn.hopso.meeting.api.Role.BALLOT_COMMITTEE;
import static vn.hopso.meeting.api.Role.CHAIR;
import static vn.hopso.meeting.api.Role.DELEGATE;
import static vn.hopso.meeting.api.Role.SECRETARIAT;
import static vn.hopso.meeting.api.Role.SITE_OPERATOR;

import java.util.EnumSet;
import java.util.Set;
import vn.hopso.meeting.api.Role;

/** What a role allows inside its own organisation. A system administrator holds every permission everywhere. */
public enum Permission {
    /** See the organisation, its published sessions, sittings and agenda. Any role. */
    VIEW(EnumSet.allOf(Role.class)),
    /** See closed sittings and closed items (họp kín). */
    VIEW_CLOSED(EnumSet.of(ADMIN, SECRETARIAT, CHAIR, DELEGATE, BALLOT_COMMITTEE)),
    /** See drafts before they are published. */
    VIEW_DRAFTS(EnumSet.of(ADMIN, SECRETARIAT, CHAIR)),
    /** Edit the organisation itself. */
    MANAGE_ORGANISATION(EnumSet.of(ADMIN)),
    /** People, accounts, roles, delegations; see user names. */
    MANAGE_MEMBERS(EnumSet.of(ADMIN, SECRETARIAT)),
    MANAGE_SITES(EnumSet.of(ADMIN, SECRETARIAT)),
    /** Sessions, sittings and agenda items. */
    MANAGE_AGENDA(EnumSet.of(SECRETARIAT, ADMIN)),
    /** Open and close a sitting. */
    RUN_SITTING(EnumSet.of(CHAIR, SECRETARIAT)),
    /** Move the sitting from one agenda item to another (điều hành). */
    CHAIR_SITTING(EnumSet.of(CHAIR)),
    VIEW_AUDIT(EnumSet.of(ADMIN, SECRETARIAT)),
    /** Check oneself in and out of a sitting (điểm danh): elected delegates. */
    ATTEND(EnumSet.of(DELEGATE)),
    /** Record and correct any delegate's attendance. */
    TAKE_ATTENDANCE(EnumSet.of(SECRETARIAT, ADMIN)),
    /** Check in and out the delegates who attend at the site one operates. */
    CHECK_IN_AT_SITE(EnumSet.of(SITE_OPERATOR)),
    /**
     * Ask for the floor and withdraw one's request (đăng ký phát biểu): elected delegates for themselves, site
     * operators for the site they operate.
     */
    SPEAK(EnumSet.of(DELEGATE, SITE_OPERATOR)),
    /** Answer a roll call of sites for the site one operates. */
    ANSWER_ROLL_CALL(EnumSet.of(SITE_OPERATOR)),
    /** Prepare ballots on agenda items (chuẩn bị phiếu biểu quyết): the secretariat ahead, the chair in the sitting. */
    PREPARE_BALLOTS(EnumSet.of(SECRETARIAT, CHAIR)),
    /** Open and close a ballot, announce its result, annul it: the chair. */
    CONDUCT_BALLOTS(EnumSet.of(CHAIR)),
    /**
     * Enter and correct the count of a ballot's paper ballots after its close, until its result is announced (kiểm
     * phiếu giấy): the ballot committee (ban kiểm phiếu), which counts them.
     */
    COUNT_PAPER_BALLOTS(EnumSet.of(BALLOT_COMMITTEE)),
    /** Vote on an open ballot (biểu quyết), when present at its opening: elected delegates. */
    VOTE(EnumSet.of(DELEGATE)),
    /**
     * Upload the documents of sittings, set who may read them and when, withdraw them, and see who read them (phòng
     * tài liệu).
     */
    MANAGE_DOCUMENTS(EnumSet.of(SECRETARIAT, ADMIN)),
    /**
     * Show a page of a sitting's document on the hall display and to the delegates who follow it, move it, end it
     * (trình chiếu): the chair and the secretariat.
     */
    PRESENT_DOCUMENTS(EnumSet.of(CHAIR, SECRETARIAT)),
    /**
     * Keep private annotations (highlights and notes that only their author sees) on the documents one may read, and
     * download one's annotated copy: the delegates, the chair and the secretariat.
     */
    ANNOTATE_DOCUMENTS(EnumSet.of(DELEGATE, CHAIR, SECRETARIAT)),
    /** Send comments (góp ý) on the documents one may read: elected delegates. */
    COMMENT_ON_DOCUMENTS(EnumSet.of(DELEGATE)),
    /**
     * See every comment on the documents one may read, answer them, mark them accepted (tiếp thu) or explained (giải
     * trình), and print their consolidated report (bản tổng hợp ý kiến): the secretariat and the chair.
     */
    HANDLE_COMMENTS(EnumSet.of(SECRETARIAT, CHAIR, ADMIN)),
    /**
     * Send one's camera and microphone into a sitting's video; whoever may follow the sitting may watch it. Guests,
     * observers and hall displays only watch.
     */
    SEND_VIDEO(EnumSet.of(CHAIR, SECRETARIAT, DELEGATE, SITE_OPERATOR));

    private final Set<Role> roles;

    Permission(Set<Role> roles) {
        this.roles = roles;
    }

    public boolean grantedTo(Set<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }
}
