import type { DocumentAccessClass, DocumentKind } from '../protocol/generated';

/** In the order delegates usually read them. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'SUBMISSION',
  'DRAFT_RESOLUTION',
  'VERIFICATION_REPORT',
  'REPORT',
  'REFERENCE',
];

export const DOCUMENT_ACCESS: readonly DocumentAccessClass[] = ['PUBLIC', 'DELEGATES', 'CLOSED_SITTING', 'CONFIDENTIAL'];
