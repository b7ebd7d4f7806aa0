import { useEffect, useId, useState } from 'preact/hooks';
import { annotatedCopyUrl } from '../api/hopsoApi';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { DocumentAnnotation, DocumentEntry, HighlightColour, PageText } from '../protocol/generated';
import { TextArea } from '../ui/form/fields';
import { InfoNotice, ProblemNotice } from '../ui/Notice';
import type { Problem } from '../ui/problem';
import { asProblem } from '../ui/problemText';
import type { Async } from '../ui/useAsync';
import { hasText } from './PageTextPane';
import { quoteStart } from './passage';

const COLOURS: readonly HighlightColour[] = ['YELLOW', 'GREEN', 'BLUE', 'PINK'];

/**
 * The reader's private highlights and notes: marking the passage selected on the page with a colour and a note, the
 * list of what they marked in the document (each taking them to its page, to change or remove), and their copy with
 * it all drawn in. Nobody else sees any of it, not even the secretariat.
 */
export function AnnotationDesk({
  document,
  page,
  pageText,
  selected,
  annotations,
  onTurn,
}: {
  document: DocumentEntry;
  page: number;
  pageText: PageText | null;
  /** The passage last selected on the page's text. */
  selected: string;
  annotations: Async<DocumentAnnotation[]>;
  onTurn: (page: number) => void;
}) {
  const { t } = useI18n();
  const { api } = useServices();
  const [quote, setQuote] = useState(selected);
  const [colour, setColour] = useState<HighlightColour>('YELLOW');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { heading: useId(), colours: useId() };
  useEffect(() => setQuote(selected), [selected]);

  async function mark(event: Event) {
    event.preventDefault();
    if (busy || !hasText(pageText)) {
      return;
    }
    setBusy(true);
    setProblem(null);
    const start = Math.max(0, quoteStart(pageText.text, quote));
    try {
      const made = await api.makeAnnotation(document.id, { page, start, quote, colour, note: note.trim() === '' ? null : note });
      annotations.set([...(annotations.data ?? []), made]);
      setQuote('');
      setNote('');
    } catch (failure: unknown) {
      setProblem(asProblem(failure));
    } finally {
      setBusy(false);
    }
  }

  const mine = annotations.data ?? [];
  const replace = (changed: DocumentAnnotation) => annotations.set(mine.map((one) => (one.id === changed.id ? changed : one)));
  const remove = (gone: DocumentAnnotation) => annotations.set(mine.filter((one) => one.id !== gone.id));
  const onThisVersion = mine.some((one) => one.documentVersion === document.version);
  return (
    <section class="annotation-desk" aria-labelledby={ids.heading} data-testid="annotation-desk">
      <h3 id={ids.heading}>{t('annotations.heading')}</h3>
      <p class="muted">{t('annotations.private')}</p>
      {hasText(pageText) && (
        <form class="entity-form" onSubmit={mark} data-testid="annotation-form">
          <TextArea label={t('annotations.quote')} rows={2} maxLength={1000} value={quote} onChange={setQuote} testId="annotation-quote" />
          <ColourChoice value={colour} onChange={setColour} name={ids.colours} testId="colour" />
          <TextArea label={t('annotations.note')} rows={2} maxLength={2000} value={note} onChange={setNote} testId="annotation-note" />
          <ProblemNotice problem={problem} />
          <button type="submit" class="button button-primary" disabled={busy || quote.trim() === ''} data-testid="annotation-make">
            {t('annotations.make')}
          </button>
        </form>
      )}
      <ProblemNotice problem={annotations.problem} />
      {annotations.data && mine.length === 0 && <InfoNotice>{t('annotations.none')}</InfoNotice>}
      {mine.length > 0 && (
        <ul class="annotation-list" data-testid="annotation-list">
          {mine.map((annotation) => (
            <AnnotationItem
              key={annotation.id}
              annotation={annotation}
              current={annotation.documentVersion === document.version}
              onTurn={onTurn}
              onChanged={replace}
              onRemoved={remove}
            />
          ))}
        </ul>
      )}
      {onThisVersion && document.downloadAllowed && (
        <a class="button" href={annotatedCopyUrl(document.id)} download data-testid="annotated-copy">
          {t('annotations.download')}
        </a>
      )}
    </section>
  );
}

function ColourChoice({
  value,
  onChange,
  name,
  testId,
}: {
  value: HighlightColour;
  onChange: (colour: HighlightColour) => void;
  /** The radio group's name, one per form. */
  name: string;
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <fieldset class="colour-choice">
      <legend>{t('annotations.colour')}</legend>
      {COLOURS.map((colour) => (
        <label key={colour} class={`colour-option highlight-${colour}`}>
          <input
            type="radio"
            name={name}
            value={colour}
            checked={value === colour}
            onChange={() => onChange(colour)}
            data-testid={`${testId}-${colour}`}
          />{' '}
          {t(`annotations.colour.${colour}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** One of the reader's annotations: its page and passage, its note, and changing or removing it. */
function AnnotationItem({
  annotation,
  current,
  onTurn,
  onChanged,
  onRemoved,
}: {
  annotation: DocumentAnnotation;
  /**
   * On the version the document has now. One on an older version is detached: when the document was replaced its
   * passage was no longer in the new text (the server moves the others), so it stays listed but is not marked.
   */
  current: boolean;
  onTurn: (page: number) => void;
  onChanged: (annotation: DocumentAnnotation) => void;
  onRemoved: (annotation: DocumentAnnotation) => void;
}) {
  const { t } = useI18n();
  const { api } = useServices();
  const [editing, setEditing] = useState(false);
  const [colour, setColour] = useState(annotation.colour);
  const [note, setNote] = useState(annotation.note);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const colours = useId();

  async function act(change: () => Promise<void>) {
    if (busy) {
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await change();
    } catch (failure: unknown) {
      setProblem(asProblem(failure));
    } finally {
      setBusy(false);
    }
  }
  const save = (event: Event) => {
    event.preventDefault();
    void act(async () => {
      const changed = await api.editAnnotation(annotation.id, { colour, note: note.trim() === '' ? null : note, version: annotation.version });
      setEditing(false);
      onChanged(changed);
    });
  };
  const cancel = () => {
    setEditing(false);
    setColour(annotation.colour);
    setNote(annotation.note);
  };
  const remove = () =>
    void act(async () => {
      await api.deleteAnnotation(annotation.id);
      onRemoved(annotation);
    });
  return (
    <li class={`highlight-edge-${annotation.colour}`} data-testid={`annotation-${annotation.id}`}>
      <div class="muted">
        {current ? (
          <button type="button" class="link-button" onClick={() => onTurn(annotation.page)} data-testid={`annotation-page-${annotation.id}`}>
            {t('annotations.where', { page: annotation.page })}
          </button>
        ) : (
          t('annotations.detached', { page: annotation.page, version: annotation.documentVersion })
        )}{' '}
        · {t(`annotations.colour.${annotation.colour}`)}
      </div>
      <blockquote>{annotation.quote}</blockquote>
      {!editing && annotation.note !== '' && <p class="comment-text">{annotation.note}</p>}
      {editing ? (
        <form class="entity-form" onSubmit={save} data-testid={`annotation-edit-${annotation.id}`}>
          <ColourChoice value={colour} onChange={setColour} name={colours} testId={`edit-colour-${annotation.id}`} />
          <TextArea label={t('annotations.note')} rows={2} maxLength={2000} value={note} onChange={setNote} testId={`annotation-note-${annotation.id}`} />
          <button type="submit" class="button button-primary" disabled={busy} data-testid={`annotation-save-${annotation.id}`}>
            {t('annotations.save')}
          </button>{' '}
          <button type="button" class="button" onClick={cancel}>
            {t('annotations.cancel')}
          </button>
        </form>
      ) : (
        <div class="annotation-actions">
          <button type="button" class="button" disabled={busy} onClick={() => setEditing(true)} data-testid={`annotation-change-${annotation.id}`}>
            {t('annotations.change')}
          </button>{' '}
          <button type="button" class="button" disabled={busy} onClick={remove} data-testid={`annotation-remove-${annotation.id}`}>
            {t('annotations.remove')}
          </button>
        </div>
      )}
      <ProblemNotice problem={problem} />
    </li>
  );
}
