// GENERATED from meeting-server's sources by ServerErrorCodesTest: do not edit. Every code the server can
// send as ApiError.code or in a WebSocket error frame; each needs a serverCode.<code> entry in vi.ts and
// en.ts (a client test checks). After adding a code, rebuild with -Dhopso.protocol.write=true.
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

export type ServerCode = (typeof SERVER_CODES)[number];
