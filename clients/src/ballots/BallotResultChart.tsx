import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/translate';
import type { Ballot, BallotResult, ResultCount, ResultLine } from '../protocol/generated';
import { ballotTitle, percent } from './ballots';

/**
 * Kết quả biểu quyết as a bar chart: for each choice (each person, on ballots that list people) its count and its share
 * of the total elected — the figure the law counts — drawn as a bar of that share; then who took part, the threshold
 * and the outcome in words. `large`: the hall display's, readable from the back of the hall.
 */
export function BallotResultChart({ ballot, large = false }: { ballot: Ballot; large?: boolean }) {
  const { t, locale } = useI18n();
  const result = ballot.result;
  if (result === null) {
    return null;
  }
  const headingId = `result-${ballot.id}`;
  return (
    <section class={large ? 'ballot-result ballot-result-large' : 'ballot-result'} aria-labelledby={headingId} data-testid="ballot-result">
      <h3 id={headingId} class="ballot-result-title">
        {t('ballot.resultOf', { title: ballotTitle(ballot, t) })}
      </h3>
      {result.lines.map((line) => (
        <ResultLineChart key={line.nomineeId ?? 'motion'} line={line} showOutcome={line.nomineeId !== null} />
      ))}
      {result.outcome !== null && (
        <p class={`ballot-outcome ballot-outcome-${result.outcome}`} data-testid="ballot-outcome">
          {outcomeText(result.outcome, result.outcomeLabel, t)}
        </p>
      )}
      <Turnout result={result} />
      {result.thresholds.map((threshold) => (
        <p key={threshold.label} class="ballot-threshold">
          {locale === 'vi'
            ? `${threshold.label}: ${threshold.description}`
            : t('ballot.threshold', { needed: threshold.votesNeeded, base: threshold.base })}
        </p>
      ))}
    </section>
  );
}

function ResultLineChart({ line, showOutcome }: { line: ResultLine; showOutcome: boolean }) {
  const { t } = useI18n();
  return (
    <div class="ballot-result-line">
      {line.name !== null && <p class="ballot-result-name">{line.name}</p>}
      <ul class="ballot-bars">
        {line.counts.map((count) => (
          <Bar key={count.mark} count={count} />
        ))}
      </ul>
      {showOutcome && (
        <p class="ballot-line-outcome" data-testid="ballot-line-outcome">
          {outcomeText(line.outcome, line.outcomeLabel, t)}
        </p>
      )}
    </div>
  );
}

function Bar({ count }: { count: ResultCount }) {
  const { t, locale, format } = useI18n();
  const share = percent(count.percentOfTotal, locale);
  return (
    <li class="ballot-bar" data-testid={`ballot-bar-${count.mark}`}>
      <span class="ballot-bar-label">{count.label}</span>
      <span class="ballot-bar-track" aria-hidden="true">
        <span class="ballot-bar-fill" style={{ width: `${Math.min(100, Number(count.percentOfTotal))}%` }} />
      </span>
      <span class="ballot-bar-figures">
        <span class="ballot-bar-count" data-testid={`ballot-count-${count.mark}`}>
          {format.number(count.count)}
        </span>{' '}
        <span class="ballot-bar-share">{t('ballot.shareOfTotal', { share })}</span>
      </span>
    </li>
  );
}

function Turnout({ result }: { result: BallotResult }) {
  const { t } = useI18n();
  const turnout = result.turnout;
  return (
    <p class="ballot-turnout">
      {t('ballot.turnout', {
        total: turnout.totalElected,
        present: turnout.present,
        voted: turnout.voted.count,
        notVoted: turnout.didNotVote.count,
      })}
    </p>
  );
}

/** The outcome in the reader's language; the server's Vietnamese words when the catalogue has none for the code. */
function outcomeText(code: string, serverLabel: string | null, t: ReturnType<typeof useI18n>['t']): string {
  const key = `ballotOutcome.${code}`;
  return key in OUTCOME_KEYS ? t(key as MessageKey) : (serverLabel ?? code);
}

const OUTCOME_KEYS: Record<string, true> = Object.fromEntries(
  [
    'PASSED',
    'NOT_PASSED',
    'ELECTED',
    'NOT_ELECTED',
    'TIED',
    'COMPLETE',
    'TIE_FOR_LAST_SEATS',
    'NOT_ENOUGH_ELECTED',
    'NONE',
    'MAY_RESIGN',
    'DISMISSAL_PROPOSED',
    'NO_CONFIDENCE',
    'NO_CONFIDENCE_NOT_REACHED',
  ].map((code) => [`ballotOutcome.${code}`, true]),
);
