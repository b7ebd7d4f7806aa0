// Lengths and ranges the forms check as the user types, the same as the server's validation of each form record
// (vn.hopso.meeting.api). The server checks again and has the last word; its messages appear next to the fields.

export const ORGANISATION_NAME_MAX = 200;
export const SITE_NAME_MAX = 200;
export const SESSION_NAME_MAX = 200;
export const SESSION_NUMBER_MAX = 999;
export const SITTING_TITLE_MAX = 200;
export const PLACE_MAX = 200;
export const AGENDA_TITLE_MAX = 300;
export const PRESENTER_MAX = 200;
export const DESCRIPTION_MAX = 4000;
export const ESTIMATED_MINUTES_MAX = 600;
export const DELEGATION_NAME_MAX = 120;
export const FULL_NAME_MAX = 120;
export const MEMBER_TITLE_MAX = 200;
export const USERNAME_MIN = 3;
export const USERNAME_MAX = 60;
export const USERNAME_SHAPE = /^[a-z0-9._-]+$/;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
