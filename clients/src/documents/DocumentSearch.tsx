import { useId, useState } from 'preact/hooks';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { DocumentHit } from '../protocol/generated';
import { ProblemNotice } from '../ui/Notice';
import { useAction } from '../ui/useAction';
import { pieces } from './highlight';

interface Found {
  query: string;
  total: number;
  hits: DocumentHit[];
}

/**
 * Search through the documents of the session the delegate may read, diacritics and case aside ("ngan sach" finds
 * "ngân sách"), or, given `documentId`, through that one document: each hit names its document and page, with the
 * matches highlighted, and opens the viewer there.
 */
export function DocumentSearch({
  sessionId,
  documentId,
  onOpen,
}: {
  sessionId?: string;
  documentId?: string;
  onOpen: (hit: DocumentHit) => void;
}) {
  const { t } = useI18n();
  const { api } = useServices();
  const inputId = useId();
  const within = documentId !== undefined;
  const testId = within ? 'find-in-document' : 'document-search';
  const [typed, setTyped] = useState('');
  const [found, setFound] = useState<Found | null>(null);
  const action = useAction();
  const search = (query: string, offset: number) =>
    action.run(async () => {
      const result = within
        ? await api.searchDocument(documentId, query, offset)
        : await api.searchDocuments(sessionId ?? '', query, offset);
      setFound({
        query,
        total: result.total,
        hits: offset === 0 || !found ? result.hits : [...found.hits, ...result.hits],
      });
    });
  return (
    <div class="document-search" data-testid={testId}>
      <form
        role="search"
        class="document-search-form"
        onSubmit={(event) => {
          event.preventDefault();
          void search(typed, 0);
        }}
      >
        <label for={inputId}>{t(within ? 'documentSearch.withinLabel' : 'documentSearch.label')}</label>
        <input
          id={inputId}
          type="search"
          maxLength={200}
          value={typed}
          placeholder={t('documentSearch.placeholder')}
          onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)}
          data-testid={`${testId}-input`}
        />
        <button type="submit" class="button" disabled={action.busy} data-testid={`${testId}-submit`}>
          {t('documentSearch.submit')}
        </button>
      </form>
      <ProblemNotice problem={action.problem} />
      {found && (
        <p role="status" class="muted" data-testid={`${testId}-total`}>
          {found.total === 0 ? t('documentSearch.none', { query: found.query }) : t('documentSearch.total', { count: found.total })}
        </p>
      )}
      {found && found.hits.length > 0 && (
        <ul class="document-hits">
          {found.hits.map((hit) => (
            <li key={`${hit.documentId}-${hit.page}`}>
              <button
                type="button"
                class="link-button"
                onClick={() => onOpen(hit)}
                data-testid={`${within ? 'found' : 'hit'}-${hit.documentId}-${hit.page}`}
              >
                {within ? t('documentSearch.pageAlone', { page: hit.page }) : `${hit.title} · ${t('documentSearch.page', { page: hit.page })}`}
              </button>
              <p class="document-hit-snippet">
                {pieces(hit.snippet, hit.marks).map((piece, index) =>
                  piece.marked ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>,
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      {found && found.hits.length < found.total && (
        <div>
          <button
            type="button"
            class="button"
            disabled={action.busy}
            onClick={() => void search(found.query, found.hits.length)}
            data-testid={`${testId}-more`}
          >
            {t('documentSearch.more')}
          </button>
        </div>
      )}
    </div>
  );
}
