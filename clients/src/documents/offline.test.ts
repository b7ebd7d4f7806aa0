import { describe, expect, it } from 'vitest';
import { aDocumentEntry } from '../testing/fixtures';
import { memoryOffline, takeAway, type OfflineCopy } from './offline';

const NOW = new Date('2026-12-08T02:00:00Z');
const page = (n: number) => new Uint8Array([n]).buffer;
const copy = (id: string, overrides: Partial<OfflineCopy> = {}): OfflineCopy => ({
  accountId: 'acc-1',
  sittingId: 'sit-1',
  entry: aDocumentEntry(id, 'Tờ trình', { pages: 2, version: 1 }),
  expiresAt: '2026-12-11T02:00:00Z',
  ...overrides,
});

describe('documents taken to read offline', () => {
  it('are found by sitting and page until they expire, then are gone', async () => {
    const store = memoryOffline();
    await store.keep(copy('doc-1'), [page(1), page(2)]);
    await store.keep(copy('doc-2', { sittingId: 'sit-2' }), [page(9)]);
    expect((await store.copies('sit-1', NOW)).map((kept) => kept.entry.id)).toEqual(['doc-1']);
    expect(new Uint8Array((await store.page('doc-1', 1, 2, NOW))!)).toEqual(new Uint8Array([2]));
    expect(await store.page('doc-1', 2, 1, NOW), 'another version is not this copy').toBeNull();
    expect(await store.page('doc-1', 1, 3, NOW)).toBeNull();

    const later = new Date('2026-12-11T02:00:00Z');
    expect(await store.copies('sit-1', later)).toEqual([]);
    expect(await store.page('doc-1', 1, 1, NOW), 'deleted once seen expired').toBeNull();
  });

  it('stay for their own account only, and all go at logout', async () => {
    const store = memoryOffline();
    await store.keep(copy('doc-1'), [page(1)]);
    await store.keep(copy('doc-2', { accountId: 'acc-2' }), [page(1)]);
    await store.keepOnlyFor('acc-2');
    expect((await store.copies('sit-1', NOW)).map((kept) => kept.entry.id)).toEqual(['doc-2']);
    await store.clear();
    expect(await store.copies('sit-1', NOW)).toEqual([]);
  });

  it('are taken page by page as the server names them, each page fetched as taken offline', async () => {
    const store = memoryOffline();
    const fetched: string[] = [];
    const progress: string[] = [];
    const taken = await takeAway(
      {
        offlineShelf: () =>
          Promise.resolve({
            expiresAt: '2026-12-11T02:00:00Z',
            documents: [aDocumentEntry('doc-1', 'Tờ trình', { pages: 2, version: 3 }), aDocumentEntry('doc-2', 'Báo cáo', { pages: 1 })],
          }),
        pageFile: (documentId, n, version, offline) => {
          fetched.push(`${documentId}/${n}@${version}${offline ? ' offline' : ''}`);
          return Promise.resolve(page(n));
        },
        store,
      },
      'acc-1',
      'sit-1',
      (done, total) => progress.push(`${done}/${total}`),
    );
    expect(taken).toEqual({ documents: 2, expiresAt: '2026-12-11T02:00:00Z' });
    expect(fetched).toEqual(['doc-1/1@3 offline', 'doc-1/2@3 offline', 'doc-2/1@1 offline']);
    expect(progress).toEqual(['0/3', '1/3', '2/3', '3/3']);
    expect(new Uint8Array((await store.page('doc-1', 3, 2, NOW))!)).toEqual(new Uint8Array([2]));
    expect((await store.copies('sit-1', NOW)).map((kept) => kept.accountId)).toEqual(['acc-1', 'acc-1']);
  });
});
