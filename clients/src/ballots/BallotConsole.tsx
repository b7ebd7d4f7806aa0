import { useId, useState } from 'preact/hooks';
import { namedResultsUrl, resultSheetUrl } from '../api/hopsoApi';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { AgendaItem, Ballot, BallotKind, SittingView } from '../protocol/generated';
import { currentItem } from '../realtime/liveSitting';
import type { ScreenCommand } from '../realtime/realtimeClient';
import { itemHeading } from '../sittings/itemHeading';
import { ProblemNotice } from '../ui/Notice';
import { useConnectionStatus } from '../ui/ReconnectingBanner';
import { useAction } from '../ui/useAction';
import { BallotResultChart } from './BallotResultChart';
import { BallotTimer } from './BallotTimer';
import { NextRoundOffer, RoundLine } from './ElectionRounds';
import { PaperTurnout } from './PaperCountPanel';
import { progressOf, RULE_PRESETS, ruleText } from './ballots';

const KINDS: readonly BallotKind[] = ['MOTION', 'ELECTION', 'CONFIDENCE_RATING', 'CONFIDENCE_VOTE'];

/** Countdowns the chair may open a ballot with, in seconds (the server takes 10 s to 1 h); none: the chair closes it. */
const COUNTDOWNS: readonly number[] = [30, 60, 120, 300];

/**
 * The chair's ballots: prepare one on the item under discussion, open it, watch how many of those entitled have voted
 * (never what), close it, announce the result, or annul it with a reason. The secretariat prepares them the same way.
 * Once a ballot is counted both take its result sheet (PDF) and, for a named ballot, who chose what (CSV). After an
 * announced election round that tied for its last seats or elected too few, either prepares the next round.
 */
export function BallotConsole({ view }: { view: SittingView }) {
  const { t } = useI18n();
  const online = useConnectionStatus() === 'online';
  const action = useAction();
  const { realtime } = useServices();
  const [preparing, setPreparing] = useState(false);
  const mayPrepare = view.permissions.includes('PREPARE_BALLOTS');
  const mayConduct = view.permissions.includes('CONDUCT_BALLOTS');
  if (!mayPrepare && !mayConduct) {
    return null;
  }
  const send = (command: ScreenCommand) => action.run(() => realtime.command(command));
  const ready = online && !action.busy;
  return (
    <section class="ballot-console" aria-labelledby="ballot-console-heading" data-testid="ballot-console">
      <h2 id="ballot-console-heading">{t('ballot.consoleHeading')}</h2>
      {view.ballots.length === 0 && <p>{t('ballot.none')}</p>}
      <ul class="ballot-list">
        {view.ballots.map((ballot) => (
          <BallotRow
            key={ballot.id}
            view={view}
            ballot={ballot}
            item={view.agenda.find((candidate) => candidate.id === ballot.itemId) ?? null}
            mayPrepare={mayPrepare}
            mayConduct={mayConduct}
            ready={ready}
            send={send}
          />
        ))}
      </ul>
      <ProblemNotice problem={action.problem} />
      {mayPrepare && view.sitting.state !== 'ENDED' && view.agenda.length > 0 &&
        (preparing ? (
          <CreateBallot view={view} ready={ready} send={(command) => send(command).then(() => setPreparing(false))} onCancel={() => setPreparing(false)} />
        ) : (
          <button type="button" class="button" onClick={() => setPreparing(true)} data-testid="ballot-prepare">
            {t('ballot.createHeading')}
          </button>
        ))}
    </section>
  );
}

function BallotRow(props: {
  view: SittingView;
  ballot: Ballot;
  item: AgendaItem | null;
  mayPrepare: boolean;
  mayConduct: boolean;
  ready: boolean;
  send: (command: ScreenCommand) => Promise<void>;
}) {
  const { view, ballot, mayConduct, ready, send } = props;
  const { t } = useI18n();
  const [annulling, setAnnulling] = useState(false);
  const [reason, setReason] = useState('');
  const [countdown, setCountdown] = useState<number | null>(null);
  const reasonId = useId();
  const countdownId = useId();
  const sittingId = view.sitting.id;
  const progress = progressOf(view, ballot.id);
  const step = (type: 'ballot.close' | 'ballot.publish') => send({ type, sittingId, ballotId: ballot.id });
  const open = () => send({ type: 'ballot.open', sittingId, ballotId: ballot.id, durationSeconds: countdown });
  return (
    <li id={`ballot-${ballot.id}`} class={`ballot-row ballot-${ballot.state}`} data-testid={`ballot-row-${ballot.id}`}>
      <p class="ballot-row-title">
        <strong>{ballot.title}</strong>
        {props.item && <span class="ballot-row-item"> — {itemHeading(props.item, t)}</span>}
      </p>
      <p class="ballot-row-meta">
        <span data-testid="ballot-state">{t(`ballotState.${ballot.state}`)}</span>
        {' · '}
        {ballot.secret ? t('ballot.secret') : t('ballot.named')}
        {ballot.rule && <> · {ruleText(ballot.rule, t)}</>}
      </p>
      <RoundLine ballot={ballot} />
      {ballot.state === 'OPEN' && progress && (
        <p class="ballot-progress" aria-live="polite" data-testid="ballot-progress">
          {t('ballot.progress', { voted: progress.voted, entitled: progress.entitled })}
        </p>
      )}
      <BallotTimer ballot={ballot} />
      {ballot.annulReason && <p>{t('ballot.annulledBecause', { reason: ballot.annulReason })}</p>}
      {ballot.result && <BallotResultChart ballot={ballot} />}
      <NextRoundOffer view={view} ballot={ballot} mayPrepare={props.mayPrepare} ready={ready} send={send} />
      <PaperTurnout ballot={ballot} />
      {(ballot.state === 'CLOSED' || ballot.state === 'PUBLISHED') && (
        <p class="toolbar ballot-files">
          <a class="button" href={resultSheetUrl(ballot.id)} download data-testid="ballot-result-sheet">
            {t('ballot.resultSheet')}
          </a>
          {!ballot.secret && (
            <a class="button" href={namedResultsUrl(ballot.id)} download data-testid="ballot-named-results">
              {t('ballot.namedResults')}
            </a>
          )}
        </p>
      )}
      {mayConduct && (
        <div class="toolbar">
          {ballot.state === 'DRAFT' && (
            <>
              <label for={countdownId}>{t('ballot.countdown')}</label>
              <select
                id={countdownId}
                value={countdown === null ? '' : String(countdown)}
                onChange={(event) => {
                  const value = (event.currentTarget as HTMLSelectElement).value;
                  setCountdown(value === '' ? null : Number(value));
                }}
                data-testid="ballot-countdown"
              >
                <option value="">{t('ballot.countdownNone')}</option>
                {COUNTDOWNS.map((seconds) => (
                  <option key={seconds} value={String(seconds)}>
                    {seconds < 60 ? t('ballot.countdownSeconds', { seconds }) : t('ballot.countdownMinutes', { minutes: seconds / 60 })}
                  </option>
                ))}
              </select>
              <button type="button" class="button button-primary" disabled={!ready} onClick={open} data-testid="ballot-open">
                {t('ballot.open')}
              </button>
            </>
          )}
          {ballot.state === 'OPEN' && (
            <button type="button" class="button button-primary" disabled={!ready} onClick={() => step('ballot.close')} data-testid="ballot-close">
              {t('ballot.close')}
            </button>
          )}
          {ballot.state === 'CLOSED' && (
            <button type="button" class="button button-primary" disabled={!ready} onClick={() => step('ballot.publish')} data-testid="ballot-publish">
              {t('ballot.publish')}
            </button>
          )}
          {ballot.state !== 'ANNULLED' && !annulling && (
            <button type="button" class="button button-danger" disabled={!ready} onClick={() => setAnnulling(true)} data-testid="ballot-annul">
              {t('ballot.annul')}
            </button>
          )}
        </div>
      )}
      {annulling && (
        <form
          class="ballot-annul"
          onSubmit={(event) => {
            event.preventDefault();
            void send({ type: 'ballot.annul', sittingId, ballotId: ballot.id, reason: reason.trim() }).then(() => setAnnulling(false));
          }}
        >
          <label for={reasonId}>{t('ballot.annulReason')}</label>
          <input id={reasonId} type="text" maxLength={500} required value={reason} onInput={(event) => setReason((event.currentTarget as HTMLInputElement).value)} />
          <button type="submit" class="button button-danger" disabled={!ready || reason.trim() === ''} data-testid="ballot-annul-confirm">
            {t('ballot.annulConfirm')}
          </button>
          <button type="button" class="button" onClick={() => setAnnulling(false)}>
            {t('form.cancel')}
          </button>
        </form>
      )}
    </li>
  );
}

/**
 * A ballot on an item (the one under discussion, unless another is chosen): a motion by default, named, more than half
 * of the total elected to pass.
 */
function CreateBallot(props: {
  view: SittingView;
  ready: boolean;
  send: (command: ScreenCommand) => Promise<void>;
  onCancel: () => void;
}) {
  const { view, ready, send } = props;
  const { t } = useI18n();
  const [itemId, setItemId] = useState((currentItem(view) ?? view.agenda[0])!.id);
  const item = view.agenda.find((candidate) => candidate.id === itemId) ?? view.agenda[0]!;
  const [kind, setKind] = useState<BallotKind>('MOTION');
  const [title, setTitle] = useState(item.title);
  const [secret, setSecret] = useState(false);
  const [preset, setPreset] = useState(RULE_PRESETS[0]!.key);
  const [nominees, setNominees] = useState('');
  const [seats, setSeats] = useState(1);
  const ids = { item: useId(), kind: useId(), title: useId(), rule: useId(), nominees: useId(), seats: useId() };
  const motion = kind === 'MOTION';
  return (
    <form
      class="ballot-create"
      aria-label={t('ballot.createHeading')}
      onSubmit={(event) => {
        event.preventDefault();
        const names = nominees.split('\n').map((name) => name.trim()).filter((name) => name !== '');
        void send({
          type: 'ballot.create',
          sittingId: view.sitting.id,
          itemId: item.id,
          kind,
          title: title.trim(),
          secret: motion ? secret : true,
          rule: kind === 'CONFIDENCE_RATING' ? null : (RULE_PRESETS.find((p) => p.key === preset)?.rule ?? null),
          labels: null,
          changeAllowed: null,
          nominees: motion ? [] : names,
          seats: kind === 'ELECTION' ? seats : null,
          electionMode: kind === 'ELECTION' ? 'APPROVAL' : null,
          rerunOf: null,
        });
      }}
    >
      <h3>{t('ballot.createHeading')}</h3>
      <div class="field">
        <label for={ids.item}>{t('ballot.item')}</label>
        <select
          id={ids.item}
          value={item.id}
          onChange={(event) => {
            const chosen = view.agenda.find((candidate) => candidate.id === (event.currentTarget as HTMLSelectElement).value);
            if (chosen) {
              setItemId(chosen.id);
              setTitle(chosen.title);
            }
          }}
          data-testid="ballot-item"
        >
          {view.agenda.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {itemHeading(candidate, t)}: {candidate.title}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={ids.title}>{t('ballot.title')}</label>
        <input id={ids.title} type="text" maxLength={300} required value={title} onInput={(event) => setTitle((event.currentTarget as HTMLInputElement).value)} data-testid="ballot-title" />
      </div>
      <div class="field">
        <label for={ids.kind}>{t('ballot.kind')}</label>
        <select id={ids.kind} value={kind} onChange={(event) => setKind((event.currentTarget as HTMLSelectElement).value as BallotKind)}>
          {KINDS.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`ballotKind.${candidate}`)}
            </option>
          ))}
        </select>
      </div>
      {kind !== 'CONFIDENCE_RATING' && (
        <div class="field">
          <label for={ids.rule}>{t('ballot.rule')}</label>
          <select id={ids.rule} value={preset} onChange={(event) => setPreset((event.currentTarget as HTMLSelectElement).value)}>
            {RULE_PRESETS.map((candidate) => (
              <option key={candidate.key} value={candidate.key}>
                {ruleText(candidate.rule, t)}
              </option>
            ))}
          </select>
        </div>
      )}
      {motion ? (
        <label class="field-checkbox">
          <input type="checkbox" checked={secret} onChange={(event) => setSecret((event.currentTarget as HTMLInputElement).checked)} data-testid="ballot-secret" />{' '}
          {t('ballot.secretCheckbox')}
        </label>
      ) : (
        <>
          <p>{t('ballot.alwaysSecret')}</p>
          <div class="field">
            <label for={ids.nominees}>{t('ballot.nominees')}</label>
            <textarea id={ids.nominees} rows={4} value={nominees} onInput={(event) => setNominees((event.currentTarget as HTMLTextAreaElement).value)} />
          </div>
          {kind === 'ELECTION' && (
            <div class="field">
              <label for={ids.seats}>{t('ballot.seatsField')}</label>
              <input id={ids.seats} type="number" min={1} max={50} value={seats} onInput={(event) => setSeats(Number((event.currentTarget as HTMLInputElement).value))} />
            </div>
          )}
        </>
      )}
      <button type="submit" class="button button-primary" disabled={!ready || title.trim() === ''} data-testid="ballot-create">
        {t('ballot.create')}
      </button>{' '}
      <button type="button" class="button" onClick={props.onCancel}>
        {t('form.cancel')}
      </button>
    </form>
  );
}
