import type { DocumentComment } from '../protocol/generated';

/** A comment as the server sends it, sent and not yet answered unless told otherwise. */
export function aComment(overrides: Partial<DocumentComment> = {}): DocumentComment {
  return {
    id: 'c-1',
    documentId: 'doc-1',
    documentVersion: 1,
    page: 2,
    start: 8,
    quote: 'Mức thu phí là 50.000 đồng',
    text: 'Đề nghị giảm còn 30.000 đồng.',
    visibleToAll: false,
    authorId: 'acc-1',
    authorName: 'Nguyễn Thị Bình',
    sentAt: '2026-12-08T01:30:00Z',
    state: 'SENT',
    answer: null,
    answeredByName: null,
    answeredAt: null,
    mine: true,
    version: 0,
    ...overrides,
  };
}
