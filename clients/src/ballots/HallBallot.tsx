import { useI18n } from '../i18n/I18nContext';
import type { SittingView } from '../protocol/generated';
import { BallotResultChart } from './BallotResultChart';
import { ballotOnDisplay, ballotTitle } from './ballots';

/** The hall display's ballot: while open, that the vote is under way (never a count); once counted, the result. */
export function HallBallot({ view }: { view: SittingView }) {
  const { t } = useI18n();
  const ballot = ballotOnDisplay(view);
  if (ballot === null) {
    return null;
  }
  if (ballot.state === 'OPEN') {
    return (
      <section class="display-ballot" aria-live="polite" data-testid="display-ballot-open">
        <p class="display-ballot-label">{ballot.secret ? t('ballot.underWaySecret') : t('ballot.underWay')}</p>
        <p class="display-ballot-title">{ballotTitle(ballot, t)}</p>
      </section>
    );
  }
  return (
    <div class="display-ballot" aria-live="polite">
      <BallotResultChart ballot={ballot} large />
    </div>
  );
}
