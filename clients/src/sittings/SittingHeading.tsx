import { useI18n } from '../i18n/I18nContext';
import type { SittingState, SittingView } from '../protocol/generated';

export function SittingStateBadge({ state, testId }: { state: SittingState; testId?: string }) {
  const { t } = useI18n();
  return (
    <span class={`badge badge-state-${state.toLowerCase()}`} data-testid={testId} data-state={state}>
      {t(`sittingState.${state}`)}
    </span>
  );
}

/** Council, session, sitting title, when and where, and the sitting's state. */
export function SittingHeading({ view }: { view: SittingView }) {
  const { t, format } = useI18n();
  const { organisation, session, sitting } = view;
  return (
    <header class="sitting-heading">
      <p class="sitting-council">
        {organisation.name} · {session.name}
      </p>
      <h1 data-testid="sitting-title">
        {sitting.title} {sitting.closed && <span class="badge badge-closed">{t('sitting.closed')}</span>}
      </h1>
      <p class="sitting-when">
        {format.dateTime(sitting.startsAt)}
        {sitting.place && ` · ${sitting.place}`} · <SittingStateBadge state={sitting.state} testId="sitting-state" />
      </p>
    </header>
  );
}
