import { useId, useState } from 'preact/hooks';
import { resultSheetUrl } from '../api/hopsoApi';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/translate';
import type { Ballot, SittingView } from '../protocol/generated';
import { ProblemNotice } from '../ui/Notice';
import { useConnectionStatus } from '../ui/ReconnectingBanner';
import { useAction } from '../ui/useAction';
import { BallotResultChart } from './BallotResultChart';
import { FIGURES, initialEntry, markCount, markLines, paperCountCommand, tallyOf } from './paperCount';

/**
 * Ban kiểm phiếu: the ballot committee enters the count of the paper ballots of each closed ballot, each figure next
 * to what was counted electronically; the server holds the two together against the rules and refuses, naming the
 * figures, a count that does not add up. A correction replaces the count before it until the result is announced;
 * then the figures are shown as they stand. Under each, the result of both together.
 */
export function PaperCountPanel({ view }: { view: SittingView }) {
  const { t } = useI18n();
  if (!view.permissions.includes('COUNT_PAPER_BALLOTS')) {
    return null;
  }
  const counted = view.ballots.filter((ballot) => (ballot.state === 'CLOSED' || ballot.state === 'PUBLISHED') && ballot.result !== null);
  return (
    <section class="paper-count" aria-labelledby="paper-count-heading" data-testid="paper-count-panel">
      <h2 id="paper-count-heading">{t('paper.heading')}</h2>
      {counted.length === 0 && <p>{t('paper.none')}</p>}
      {counted.map((ballot) => (
        <PaperCountForm key={ballot.id} view={view} ballot={ballot} />
      ))}
    </section>
  );
}

function PaperCountForm({ view, ballot }: { view: SittingView; ballot: Ballot }) {
  const { t, format } = useI18n();
  const online = useConnectionStatus() === 'online';
  const action = useAction();
  const { realtime } = useServices();
  const [entry, setEntry] = useState(() => initialEntry(ballot));
  const [accepted, setAccepted] = useState(false);
  const formId = useId();
  const electronic = tallyOf(ballot, 'ELECTRONIC');
  const paper = tallyOf(ballot, 'PAPER');
  const editable = ballot.state === 'CLOSED';
  const command = paperCountCommand(view.sitting.id, ballot, entry);
  const rows = [
    ...FIGURES.map((figure) => ({ key: figure, label: t(`paper.${figure}` as MessageKey), electronic: electronic?.[figure] ?? 0 })),
    ...markLines(ballot).map((line) => ({ key: line.key, label: line.label, electronic: markCount(electronic, line.nomineeId, line.mark) })),
  ];
  const submit = (event: Event) => {
    event.preventDefault();
    if (command === null) {
      return;
    }
    setAccepted(false);
    void action.run(async () => {
      await realtime.command(command);
      setAccepted(true);
    });
  };
  return (
    <form class="paper-count-form" aria-labelledby={`${formId}-title`} onSubmit={submit} data-testid={`paper-count-${ballot.id}`}>
      <h3 id={`${formId}-title`}>{ballot.title}</h3>
      <p>
        {t(`ballotState.${ballot.state}` as MessageKey)}
        {paper?.entry != null && <> · {t('paper.entry', { entry: paper.entry })}</>}
      </p>
      <table class="paper-count-table">
        <caption class="visually-hidden">{t('paper.caption', { title: ballot.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('paper.figure')}</th>
            <th scope="col">{t('paper.electronic')}</th>
            <th scope="col">{t('paper.paper')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                <label for={`${formId}-${row.key}`}>{row.label}</label>
              </th>
              <td data-testid={`paper-electronic-${row.key}`}>{format.number(row.electronic)}</td>
              <td>
                <input
                  id={`${formId}-${row.key}`}
                  class="paper-count-input"
                  type="text"
                  inputMode="numeric"
                  pattern="[0-9]*"
                  maxLength={5}
                  required
                  disabled={!editable}
                  value={entry[row.key] ?? ''}
                  aria-describedby={`${formId}-hint`}
                  onInput={(event) => {
                    const value = (event.currentTarget as HTMLInputElement).value;
                    setEntry((previous) => ({ ...previous, [row.key]: value }));
                  }}
                  data-testid={`paper-input-${row.key}`}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p id={`${formId}-hint`} class="field-hint">
        {editable ? t('paper.hint') : t('paper.final')}
      </p>
      <ProblemNotice problem={action.problem} />
      {accepted && !action.problem && (
        <p class="notice" role="status" data-testid="paper-accepted">
          {t('paper.accepted')}
        </p>
      )}
      {editable && (
        <button
          type="submit"
          class="button button-primary"
          disabled={!online || action.busy || command === null}
          data-testid="paper-submit"
        >
          {paper ? t('paper.correct') : t('paper.submit')}
        </button>
      )}
      <BallotResultChart ballot={ballot} />
      <PaperTurnout ballot={ballot} />
      <p class="toolbar ballot-files">
        <a class="button" href={resultSheetUrl(ballot.id)} download data-testid="paper-result-sheet">
          {t('ballot.resultSheet')}
        </a>
      </p>
    </form>
  );
}

/** Ballots issued, returned, valid and invalid, electronic and paper together, as the result counts them. */
export function PaperTurnout({ ballot }: { ballot: Ballot }) {
  const { t } = useI18n();
  const turnout = ballot.result?.turnout;
  if (!turnout || tallyOf(ballot, 'PAPER') === null) {
    return null;
  }
  return (
    <p class="ballot-turnout" data-testid="paper-turnout">
      {t('paper.combined', { issued: turnout.issued, returned: turnout.returned, valid: turnout.valid, invalid: turnout.invalid })}
    </p>
  );
}
