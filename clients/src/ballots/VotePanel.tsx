import { useId, useState } from 'preact/hooks';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { Ballot, CastMark, OwnVote, SittingView } from '../protocol/generated';
import { ProblemNotice } from '../ui/Notice';
import { useConnectionStatus } from '../ui/ReconnectingBanner';
import { useAction } from '../ui/useAction';
import { BallotResultChart } from './BallotResultChart';
import { BallotTimer } from './BallotTimer';
import { ballotTitle, mayVoteOn, openBallot, ownVoteOn } from './ballots';

/**
 * Biểu quyết on the delegate's screen: it appears when a ballot opens on which they may vote (also after a reconnect),
 * with one large button per choice; the choice is confirmed before it is sent, and the screen then says — and tells a
 * screen reader — that the vote is recorded. A secret vote is never shown back once sent. After the close, the result.
 */
export function VotePanel({ view }: { view: SittingView }) {
  const { t } = useI18n();
  const ballot = openBallot(view);
  if (ballot !== null && mayVoteOn(view, ballot)) {
    return <BallotPaper key={ballot.id} view={view} ballot={ballot} />;
  }
  if (ballot !== null && view.permissions.includes('VOTE')) {
    return (
      <section class="vote-panel" aria-label={t('ballot.voteHeading')} data-testid="vote-panel">
        <p class="vote-title">{ballotTitle(ballot, t)}</p>
        <p class="notice" data-testid="vote-not-entitled">
          {t('ballot.notEntitled')}
        </p>
      </section>
    );
  }
  const counted = view.ballots.filter((candidate) => candidate.result !== null && candidate.itemId === view.sitting.currentItemId);
  const last = counted.at(-1);
  return last ? <BallotResultChart ballot={last} /> : null;
}

/** What the delegate has picked and not yet sent: a motion's choice, or a mark per person. */
type Pick = { choice: string } | { marks: Record<string, string> };

function BallotPaper({ view, ballot }: { view: SittingView; ballot: Ballot }) {
  const { t } = useI18n();
  const { realtime } = useServices();
  const online = useConnectionStatus() === 'online';
  const action = useAction();
  const headingId = useId();
  const own = ownVoteOn(view, ballot.id);
  const [changing, setChanging] = useState(false);
  const [picked, setPicked] = useState<Pick | null>(null);
  const [marks, setMarks] = useState<Record<string, string>>({});
  const recorded = own !== null && !changing;

  const send = (pick: Pick) =>
    action.run(async () => {
      await realtime.command({
        type: 'ballot.cast',
        sittingId: view.sitting.id,
        ballotId: ballot.id,
        choice: 'choice' in pick ? pick.choice : null,
        marks: 'marks' in pick ? toMarks(pick.marks) : [],
      });
      setPicked(null);
      setChanging(false);
    });

  return (
    <section class="vote-panel" aria-labelledby={headingId} data-testid="vote-panel">
      <h2 id={headingId}>{t('ballot.voteHeading')}</h2>
      <p class="vote-title" data-testid="vote-title">
        {ballotTitle(ballot, t)}
      </p>
      <p class="vote-kind">{ballot.secret ? t('ballot.secretNote') : t('ballot.namedNote')}</p>
      <BallotTimer ballot={ballot} />
      {recorded ? (
        <Recorded ballot={ballot} own={own} onChange={() => setChanging(true)} />
      ) : picked !== null ? (
        <div class="vote-confirm" role="group" aria-label={t('ballot.confirmHeading')}>
          <p class="vote-confirm-question" data-testid="vote-confirm-question">
            {t('ballot.confirmQuestion', { choice: describe(ballot, picked, t) })}
          </p>
          <div class="vote-actions">
            <button
              type="button"
              class="button button-primary button-large"
              disabled={!online || action.busy}
              onClick={() => send(picked)}
              data-testid="vote-confirm"
            >
              {t('ballot.confirm')}
            </button>
            <button type="button" class="button button-large" disabled={action.busy} onClick={() => setPicked(null)} data-testid="vote-back">
              {t('ballot.pickAgain')}
            </button>
          </div>
        </div>
      ) : ballot.kind === 'MOTION' ? (
        <div class="vote-options" role="group" aria-labelledby={headingId}>
          {ballot.options.map((option) => (
            <button
              key={option.mark}
              type="button"
              class={`button button-large vote-option vote-option-${option.mark}`}
              disabled={!online}
              onClick={() => setPicked({ choice: option.mark })}
              data-testid={`vote-option-${option.mark}`}
            >
              {option.label}
            </button>
          ))}
        </div>
      ) : (
        <NomineeMarks ballot={ballot} marks={marks} onMark={setMarks} onDone={() => setPicked({ marks })} online={online} />
      )}
      {changing && picked === null && (
        <button type="button" class="button" onClick={() => setChanging(false)}>
          {t('ballot.keepVote')}
        </button>
      )}
      {!online && !recorded && <p class="notice">{t('ballot.waitForConnection')}</p>}
      <ProblemNotice problem={action.problem} />
      <p class="visually-hidden" role="status" aria-live="polite" data-testid="vote-announcement">
        {recorded ? t('ballot.recorded') : ''}
      </p>
    </section>
  );
}

function Recorded({ ballot, own, onChange }: { ballot: Ballot; own: OwnVote; onChange: () => void }) {
  const { t } = useI18n();
  return (
    <div class="vote-recorded">
      <p class="vote-recorded-text" data-testid="vote-recorded">
        {t('ballot.recorded')}
      </p>
      {!ballot.secret && (
        <p data-testid="vote-own-choice">{t('ballot.yourChoice', { choice: describe(ballot, ownPick(own), t) })}</p>
      )}
      {!ballot.secret && ballot.changeAllowed && (
        <button type="button" class="button" onClick={onChange} data-testid="vote-change">
          {t('ballot.change')}
        </button>
      )}
    </div>
  );
}

/** A ballot listing people: a choice for each (an approval election: a box to tick), none left being allowed. */
function NomineeMarks(props: {
  ballot: Ballot;
  marks: Record<string, string>;
  onMark: (marks: Record<string, string>) => void;
  onDone: () => void;
  online: boolean;
}) {
  const { ballot, marks, onMark } = props;
  const { t } = useI18n();
  const approval = ballot.electionMode === 'APPROVAL';
  const approvals = Object.values(marks).filter((mark) => mark === 'YES').length;
  const tooMany = ballot.seats !== null && approvals > ballot.seats;
  const mark = (nomineeId: string, value: string | null) => {
    const next = { ...marks };
    if (value === null) {
      delete next[nomineeId];
    } else {
      next[nomineeId] = value;
    }
    onMark(next);
  };
  return (
    <div class="vote-nominees">
      {ballot.seats !== null && <p>{t('ballot.seats', { seats: ballot.seats })}</p>}
      {ballot.nominees.map((nominee) => (
        <fieldset key={nominee.id} class="vote-nominee">
          <legend>{nominee.name}</legend>
          {approval ? (
            <label class="vote-mark">
              <input
                type="checkbox"
                checked={marks[nominee.id] === 'YES'}
                onChange={(event) => mark(nominee.id, (event.currentTarget as HTMLInputElement).checked ? 'YES' : null)}
              />{' '}
              {ballot.options[0]?.label}
            </label>
          ) : (
            ballot.options.map((option) => (
              <label key={option.mark} class="vote-mark">
                <input
                  type="radio"
                  name={`${ballot.id}-${nominee.id}`}
                  checked={marks[nominee.id] === option.mark}
                  onChange={() => mark(nominee.id, option.mark)}
                />{' '}
                {option.label}
              </label>
            ))
          )}
        </fieldset>
      ))}
      {tooMany && <p class="notice notice-error">{t('ballot.tooMany', { seats: ballot.seats ?? 0 })}</p>}
      <button
        type="button"
        class="button button-primary button-large"
        disabled={!props.online || tooMany}
        onClick={props.onDone}
        data-testid="vote-submit"
      >
        {t('ballot.submit')}
      </button>
    </div>
  );
}

function toMarks(marks: Record<string, string>): CastMark[] {
  return Object.entries(marks).map(([nomineeId, mark]) => ({ nomineeId, mark }));
}

function ownPick(own: OwnVote): Pick {
  return own.choice !== null ? { choice: own.choice } : { marks: Object.fromEntries(own.marks.map((m) => [m.nomineeId, m.mark])) };
}

/** A pick in words: the choice's label, or each person marked with the label of their mark. */
function describe(ballot: Ballot, pick: Pick, t: ReturnType<typeof useI18n>['t']): string {
  const label = (mark: string) => ballot.options.find((option) => option.mark === mark)?.label ?? mark;
  if ('choice' in pick) {
    return label(pick.choice);
  }
  const marked = ballot.nominees.filter((nominee) => pick.marks[nominee.id] !== undefined);
  return marked.length === 0 ? t('ballot.nobodyMarked') : marked.map((n) => `${n.name}: ${label(pick.marks[n.id]!)}`).join('; ');
}
