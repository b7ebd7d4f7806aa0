package vn.hopso.meeting.api;

/** The organising body: a council holds sittings with delegates; the others hold briefings with sites. */
public enum OrganisationKind {
    /** Hội đồng nhân dân. */
    COUNCIL,
    /** Ủy ban nhân dân. */
    PEOPLES_COMMITTEE,
    /** Sở, ban, ngành. */
    DEPARTMENT,
    /** Bộ, cơ quan trung ương. */
    MINISTRY,
    OTHER
}
