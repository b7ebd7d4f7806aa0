import { useState } from 'preact/hooks';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import { ProblemNotice } from '../ui/Notice';
import type { Problem } from '../ui/problem';
import { asProblem } from '../ui/problemText';
import { takeAway } from './offline';

type Taking =
  | { kind: 'idle' }
  | { kind: 'taking'; done: number; total: number }
  | { kind: 'taken'; documents: number; expiresAt: string }
  | { kind: 'failed'; problem: Problem };

/**
 * "Tải về để đọc khi mất mạng": before the sitting, the reader takes the sitting's documents into the browser, each
 * page watermarked for them, to read when the hall's Wi-Fi or the commune's link fails. Page by page, with progress;
 * the copies are kept until the server's expiry and deleted at logout.
 */
export function OfflineTaking({ sittingId, onTaken }: { sittingId: string; onTaken: () => void }) {
  const { t, format } = useI18n();
  const { api, offline, pages } = useServices();
  const [taking, setTaking] = useState<Taking>({ kind: 'idle' });
  const take = async () => {
    setTaking({ kind: 'taking', done: 0, total: 0 });
    try {
      const me = await api.me();
      await pages.prepare(); // PDF.js itself, for the app to draw the pages when it opens without a connection
      const taken = await takeAway(
        {
          offlineShelf: (id) => api.offlineShelf(id),
          pageFile: (documentId, page, version, forOffline) => api.pageFile(documentId, page, version, forOffline),
          store: offline,
        },
        me.accountId,
        sittingId,
        (done, total) => setTaking({ kind: 'taking', done, total }),
      );
      setTaking({ kind: 'taken', ...taken });
      onTaken();
    } catch (failure) {
      setTaking({ kind: 'failed', problem: asProblem(failure) });
    }
  };
  return (
    <div class="offline-taking" data-testid="offline-taking">
      <button type="button" class="button" onClick={take} disabled={taking.kind === 'taking'} data-testid="offline-take">
        {t('offline.take')}
      </button>{' '}
      {taking.kind === 'taking' && (
        <span role="status">
          {t('offline.taking', { done: format.number(taking.done), total: format.number(taking.total) })}{' '}
          <progress max={Math.max(taking.total, 1)} value={taking.done} />
        </span>
      )}
      {taking.kind === 'taken' && (
        <span role="status" data-testid="offline-taken">
          {t('offline.taken', { documents: format.number(taking.documents), until: format.dateTime(taking.expiresAt) })}
        </span>
      )}
      <ProblemNotice problem={taking.kind === 'failed' ? taking.problem : null} />
    </div>
  );
}
