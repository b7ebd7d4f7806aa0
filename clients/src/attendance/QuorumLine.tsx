import { useI18n } from '../i18n/I18nContext';
import type { QuorumLine as Quorum } from '../protocol/generated';

/** Present out of the total elected on the sitting's day, and whether that is enough to hold the sitting. */
export function QuorumLine({ quorum, large = false }: { quorum: Quorum; large?: boolean }) {
  const { t } = useI18n();
  return (
    <p class={`quorum-line ${quorum.quorate ? 'quorum-met' : 'quorum-short'}${large ? ' quorum-large' : ''}`} data-testid="quorum-line">
      <span data-testid="quorum-count">{t('attendance.quorumCount', { present: quorum.present, total: quorum.totalElected })}</span>{' '}
      <span class="quorum-verdict">
        {quorum.quorate ? t('attendance.quorate', { required: quorum.required }) : t('attendance.notQuorate', { required: quorum.required })}
      </span>
    </p>
  );
}
