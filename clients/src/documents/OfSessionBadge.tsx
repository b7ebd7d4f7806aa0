import { useI18n } from '../i18n/I18nContext';
import type { DocumentEntry } from '../protocol/generated';

/** Marks a document of the whole session: the same document, listed in each of the session's sittings. */
export function OfSessionBadge(props: { document: DocumentEntry }) {
  const { t } = useI18n();
  return (
    <span class="badge" title={t('documents.ofSession.hint')} data-testid={`of-session-${props.document.id}`}>
      {t('documents.ofSession')}
    </span>
  );
}
