import { useState } from 'preact/hooks';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import { InfoNotice } from '../ui/Notice';
import { useAsync } from '../ui/useAsync';
import { DocumentViewer } from './DocumentViewer';
import type { OfflineCopy } from './offline';

/**
 * When the app starts and the server cannot be reached: the documents the reader took to read offline, each opening
 * in the viewer from the pages kept in the browser (watermarked for them), until they expire.
 */
export function OfflineReading() {
  const { t, format } = useI18n();
  const { offline, now } = useServices();
  const kept = useAsync(() => offline.all(now()).catch((): OfflineCopy[] => []), []);
  const [open, setOpen] = useState<{ copy: OfflineCopy; page: number } | null>(null);
  if (!kept.data || kept.data.length === 0) {
    return null;
  }
  return (
    <section class="panel" aria-labelledby="offline-heading" data-testid="offline-reading">
      <h2 id="offline-heading">{t('offline.heading')}</h2>
      <InfoNotice>{t('offline.intro')}</InfoNotice>
      <ul class="document-shelf">
        {kept.data.map((copy) => (
          <li key={copy.entry.id}>
            <button
              type="button"
              class="link-button"
              onClick={() => setOpen({ copy, page: 1 })}
              data-testid={`offline-read-${copy.entry.id}`}
            >
              {copy.entry.title}
            </button>{' '}
            <span class="muted">
              {t('documents.pageCount', { pages: copy.entry.pages })} · {t('offline.until', { until: format.dateTime(copy.expiresAt) })}
            </span>
          </li>
        ))}
      </ul>
      {open && (
        <DocumentViewer
          key={open.copy.entry.id}
          document={open.copy.entry}
          page={open.page}
          onTurn={(page) => setOpen({ copy: open.copy, page })}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  );
}
