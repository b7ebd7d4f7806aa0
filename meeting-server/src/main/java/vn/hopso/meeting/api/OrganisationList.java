package vn.hopso.meeting.api;

/** One of an organisation's lists that the secretariat screens show and that change while they are open. */
public enum OrganisationList {
    /** The organisation's own record (its name, level, parent). */
    ORGANISATION,
    MEMBERS,
    DELEGATIONS,
    SITES,
    SESSIONS,
    /** The sittings of one of its sessions (a sitting added, edited, started or ended). */
    SITTINGS
}
