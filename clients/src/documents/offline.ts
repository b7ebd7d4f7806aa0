import type { DocumentEntry } from '../protocol/generated';

/** A document taken to read without a connection: its entry as it was then, for whom, and until when. */
export interface OfflineCopy {
  accountId: string;
  sittingId: string;
  entry: DocumentEntry;
  /** The server's word on when the browser must delete it (ISO instant). */
  expiresAt: string;
}

/**
 * The documents a reader took with them, each page's watermarked file as the server made it for them, kept in the
 * browser (IndexedDB) for one account at a time: deleted when they expire, at logout, and when someone else signs in.
 */
export interface OfflineStore {
  /** Keeps the copy and its pages (the page files, page 1 first), replacing an earlier copy of the document. */
  keep(copy: OfflineCopy, pages: readonly ArrayBuffer[]): Promise<void>;
  /** The unexpired copies of the sitting's documents (expired ones are deleted on the way). */
  copies(sittingId: string, now: Date): Promise<OfflineCopy[]>;
  /** Every unexpired copy, of any sitting: what can be read when the app starts without a connection. */
  all(now: Date): Promise<OfflineCopy[]>;
  /** A page of that version of the document, when a copy of it is kept and unexpired. */
  page(documentId: string, version: number, page: number, now: Date): Promise<ArrayBuffer | null>;
  /** Deletes every copy kept for another account than this one. */
  keepOnlyFor(accountId: string): Promise<void>;
  /** Deletes everything. */
  clear(): Promise<void>;
}

const expired = (copy: OfflineCopy, now: Date) => Date.parse(copy.expiresAt) <= now.getTime();

/** The store in memory: for tests, and where the browser has no IndexedDB (nothing survives a reload then). */
export function memoryOffline(): OfflineStore {
  const copies = new Map<string, OfflineCopy>();
  const pages = new Map<string, readonly ArrayBuffer[]>();
  const drop = (documentId: string) => {
    copies.delete(documentId);
    pages.delete(documentId);
  };
  return {
    async keep(copy, files) {
      copies.set(copy.entry.id, copy);
      pages.set(copy.entry.id, [...files]);
    },
    async copies(sittingId, now) {
      return (await this.all(now)).filter((copy) => copy.sittingId === sittingId);
    },
    async all(now) {
      [...copies.values()].filter((copy) => expired(copy, now)).forEach((copy) => drop(copy.entry.id));
      return [...copies.values()];
    },
    async page(documentId, version, page, now) {
      const copy = copies.get(documentId);
      if (!copy || expired(copy, now)) {
        drop(documentId);
        return null;
      }
      return copy.entry.version === version ? (pages.get(documentId)?.[page - 1] ?? null) : null;
    },
    async keepOnlyFor(accountId) {
      [...copies.values()].filter((copy) => copy.accountId !== accountId).forEach((copy) => drop(copy.entry.id));
    },
    async clear() {
      copies.clear();
      pages.clear();
    },
  };
}

const DATABASE = 'hopso-offline';
const COPIES = 'copies';
const PAGES = 'pages';

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

/** The store in the browser's IndexedDB: copies by document id, pages by document id and page number. */
export function indexedDbOffline(factory: IDBFactory = indexedDB): OfflineStore {
  let database: Promise<IDBDatabase> | null = null;
  const open = () => {
    database ??= new Promise((resolve, reject) => {
      const request = factory.open(DATABASE, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore(COPIES);
        request.result.createObjectStore(PAGES);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => {
        database = null;
        reject(request.error);
      };
    });
    return database;
  };
  const pagesOf = (documentId: string) => IDBKeyRange.bound(`${documentId}/`, `${documentId}/\uffff`);
  const all = async (): Promise<OfflineCopy[]> =>
    done((await open()).transaction(COPIES).objectStore(COPIES).getAll() as IDBRequest<OfflineCopy[]>);
  const drop = async (documentIds: readonly string[]) => {
    if (documentIds.length === 0) {
      return;
    }
    const transaction = (await open()).transaction([COPIES, PAGES], 'readwrite');
    for (const documentId of documentIds) {
      transaction.objectStore(COPIES).delete(documentId);
      transaction.objectStore(PAGES).delete(pagesOf(documentId));
    }
    await committed(transaction);
  };
  const unexpired = async (now: Date) => {
    const kept = await all();
    await drop(kept.filter((copy) => expired(copy, now)).map((copy) => copy.entry.id));
    return kept.filter((copy) => !expired(copy, now));
  };
  return {
    async keep(copy, files) {
      await drop([copy.entry.id]);
      const transaction = (await open()).transaction([COPIES, PAGES], 'readwrite');
      transaction.objectStore(COPIES).put(copy, copy.entry.id);
      files.forEach((file, index) => transaction.objectStore(PAGES).put(file, `${copy.entry.id}/${index + 1}`));
      await committed(transaction);
    },
    async copies(sittingId, now) {
      return (await unexpired(now)).filter((copy) => copy.sittingId === sittingId);
    },
    all: unexpired,
    async page(documentId, version, page, now) {
      const copy = (await unexpired(now)).find((kept) => kept.entry.id === documentId);
      if (!copy || copy.entry.version !== version) {
        return null;
      }
      const store = (await open()).transaction(PAGES).objectStore(PAGES);
      return ((await done(store.get(`${documentId}/${page}`))) as ArrayBuffer | undefined) ?? null;
    },
    async keepOnlyFor(accountId) {
      await drop((await all()).filter((copy) => copy.accountId !== accountId).map((copy) => copy.entry.id));
    },
    async clear() {
      await drop((await all()).map((copy) => copy.entry.id));
    },
  };
}

/** The browser's store: IndexedDB where there is one (every current browser), else one in memory. */
export function browserOffline(): OfflineStore {
  return typeof indexedDB === 'undefined' ? memoryOffline() : indexedDbOffline();
}

/**
 * Takes the sitting's documents the reader may read now: the server names them and how long they may be kept, then
 * each page's watermarked file is fetched (not counted as read) and the copies are kept. `onPage` hears each page.
 * @returns how many documents were taken, and until when
 */
export async function takeAway(
  deps: {
    offlineShelf: (sittingId: string) => Promise<{ expiresAt: string; documents: DocumentEntry[] }>;
    pageFile: (documentId: string, page: number, version: number, offline: boolean) => Promise<ArrayBuffer>;
    store: OfflineStore;
  },
  accountId: string,
  sittingId: string,
  onPage: (done: number, total: number) => void,
): Promise<{ documents: number; expiresAt: string }> {
  const shelf = await deps.offlineShelf(sittingId);
  const total = shelf.documents.reduce((sum, entry) => sum + entry.pages, 0);
  let fetched = 0;
  onPage(0, total);
  for (const entry of shelf.documents) {
    const files: ArrayBuffer[] = [];
    for (let page = 1; page <= entry.pages; page++) {
      files.push(await deps.pageFile(entry.id, page, entry.version, true));
      onPage(++fetched, total);
    }
    await deps.store.keep({ accountId, sittingId, entry, expiresAt: shelf.expiresAt }, files);
  }
  return { documents: shelf.documents.length, expiresAt: shelf.expiresAt };
}
