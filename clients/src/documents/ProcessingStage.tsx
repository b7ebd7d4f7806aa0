import { useI18n } from '../i18n/I18nContext';
import type { UploadProgress } from '../protocol/generated';

/** What the server said it is doing with the file, page by page once it reads them. */
export function ProcessingStage({ status }: { status: Pick<UploadProgress, 'stage' | 'page' | 'pages'> }) {
  const { t, format } = useI18n();
  if (status.stage === 'READING') {
    return (
      <>
        {t('documents.status.reading', { page: format.number(status.page), pages: format.number(status.pages) })}{' '}
        <progress max={status.pages} value={status.page} />
      </>
    );
  }
  return <>{t(status.stage === 'WAITING' ? 'documents.status.waiting' : 'documents.status.converting')}</>;
}
