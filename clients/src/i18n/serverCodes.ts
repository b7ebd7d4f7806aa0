// GENERATED from meeting-server's sources by ServerErrorCodesTest: do not edit. After adding a code on the
// server, rebuild with -Dhopso.protocol.write=true; a client test then asks for its texts in vi.ts and en.ts.

/** Every code the server can send as ApiError.code or in a WebSocket error frame (serverCode.<code>). */
export const SERVER_CODES = [
  'access_revoked',
  'agenda_finished',
  'agenda_order_mismatch',
  'already_published',
  'bad_credentials',
  'bad_json',
  'bad_message',
  'bad_request',
  'closed_flag_locked',
  'csrf',
  'forbidden',
  'frame_too_large',
  'internal',
  'invalid',
  'item_not_in_sitting',
  'item_not_published',
  'item_published',
  'method_not_allowed',
  'missing_type',
  'not_found',
  'sitting_ended',
  'sitting_not_in_progress',
  'sitting_not_planned',
  'too_many_attempts',
  'unauthenticated',
  'unknown_type',
  'unsupported_media_type',
] as const;

/** Every code the server can send as FieldError.code, next to one field of a form (serverField.<code>). */
export const SERVER_FIELD_CODES = [
  'delegation_name_taken',
  'delegation_not_in_organisation',
  'invalid',
  'level_unknown',
  'max',
  'min',
  'not_blank',
  'not_null',
  'operator_invalid',
  'parent_invalid',
  'password_needed',
  'pattern',
  'role_held',
  'size',
  'username_taken',
] as const;
