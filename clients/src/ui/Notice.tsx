import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/I18nContext';
import type { Problem } from './problem';
import { problemText } from './problemText';

export function ProblemNotice({ problem }: { problem: Problem | null }) {
  const i18n = useI18n();
  if (!problem) {
    return null;
  }
  return (
    <p class="notice notice-error" role="alert">
      {problemText(problem, i18n)}
    </p>
  );
}

export function InfoNotice({ children }: { children: ComponentChildren }) {
  return <p class="notice">{children}</p>;
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p class="loading" role="status">
      {t('common.loading')}
    </p>
  );
}
