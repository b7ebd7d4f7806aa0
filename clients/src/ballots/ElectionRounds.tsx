import { useI18n } from '../i18n/I18nContext';
import type { Ballot, SittingView } from '../protocol/generated';
import type { ScreenCommand } from '../realtime/realtimeClient';

/** The outcomes of an announced round that leave seats to a further one. */
const UNDECIDED = ['TIE_FOR_LAST_SEATS', 'NOT_ENOUGH_ELECTED'];

/**
 * The round an election's ballot is, whom and how many it elects, and the round it follows: "Vòng 2 · Bầu 1 người trong
 * số: … · tiếp theo vòng 1".
 */
export function RoundLine({ ballot }: { ballot: Ballot }) {
  const { t } = useI18n();
  if (ballot.kind !== 'ELECTION' || ballot.round === null) {
    return null;
  }
  return (
    <p class="ballot-round" data-testid="ballot-round">
      <strong>{t('ballot.round', { round: ballot.round })}</strong>
      {' · '}
      {t('ballot.roundCandidates', { seats: ballot.seats ?? 0, names: ballot.nominees.map((nominee) => nominee.name).join(', ') })}
      {ballot.previousBallotId && (
        <>
          {' · '}
          <a href={`#ballot-${ballot.previousBallotId}`} data-testid="ballot-previous-round">
            {t('ballot.followsRound', { round: ballot.round - 1 })}
          </a>
        </>
      )}
    </p>
  );
}

/** The round that follows this one, once prepared. */
export function nextRoundOf(view: SittingView, ballot: Ballot): Ballot | null {
  return view.ballots.find((candidate) => candidate.previousBallotId === ballot.id) ?? null;
}

/**
 * What an announced round that tied for its last seats, or elected too few, leaves to do: the seats left and among
 * whom, said in words; the button that prepares the next round for those who prepare ballots; once prepared, where it
 * is. A closed round is not final yet (a paper count may still change it), so nothing is offered before the
 * announcement.
 */
export function NextRoundOffer(props: {
  view: SittingView;
  ballot: Ballot;
  mayPrepare: boolean;
  ready: boolean;
  send: (command: ScreenCommand) => Promise<void>;
}) {
  const { view, ballot } = props;
  const { t } = useI18n();
  const outcome = ballot.result?.outcome ?? null;
  if (ballot.kind !== 'ELECTION' || ballot.state !== 'PUBLISHED' || outcome === null || !UNDECIDED.includes(outcome)) {
    return null;
  }
  const lines = ballot.result!.lines;
  const elected = lines.filter((line) => line.outcome === 'ELECTED').length;
  const seatsLeft = (ballot.seats ?? 0) - elected;
  const nextRound = (ballot.round ?? 1) + 1;
  const next = nextRoundOf(view, ballot);
  return (
    <div class="ballot-next-round" data-testid="ballot-round-outcome">
      <p>
        {outcome === 'TIE_FOR_LAST_SEATS'
          ? t('ballot.tieForLastSeats', {
              tied: lines.filter((line) => line.outcome === 'TIED').length,
              seats: seatsLeft,
              round: nextRound,
            })
          : t('ballot.notEnoughElected', { elected, of: ballot.seats ?? 0, seats: seatsLeft, round: nextRound })}
      </p>
      {next ? (
        <p data-testid="ballot-next-round-link">
          <a href={`#ballot-${next.id}`}>{t('ballot.nextRoundPrepared', { round: nextRound, state: t(`ballotState.${next.state}`) })}</a>
        </p>
      ) : (
        props.mayPrepare &&
        view.sitting.state !== 'ENDED' && (
          <button
            type="button"
            class="button button-primary"
            disabled={!props.ready}
            onClick={() => void props.send({ type: 'ballot.next_round', sittingId: view.sitting.id, ballotId: ballot.id })}
            data-testid="ballot-next-round"
          >
            {t('ballot.prepareNextRound', { round: nextRound })}
          </button>
        )
      )}
    </div>
  );
}
