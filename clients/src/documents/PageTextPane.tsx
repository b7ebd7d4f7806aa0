import { useI18n } from '../i18n/I18nContext';
import type { DocumentAnnotation, PageText } from '../protocol/generated';
import { InfoNotice } from '../ui/Notice';
import { markedRuns } from './marks';

/** Whether a page has text to select a passage from: a scan has none, and the server refuses a passage it cannot find. */
export function hasText(pageText: PageText | null): pageText is PageText {
  return pageText !== null && pageText.text.trim() !== '';
}

/**
 * A page's text, from which the reader selects a passage to highlight or comment on, with their own highlights of this
 * page of this version shown in their colours. Shown as text, never as markup.
 */
export function PageTextPane({
  pageText,
  annotations,
  onSelect,
}: {
  pageText: PageText;
  /** The reader's own annotations; those of this page and version are marked. */
  annotations: readonly DocumentAnnotation[];
  /** The reader selected this passage (trimmed, never empty). */
  onSelect: (quote: string) => void;
}) {
  const { t } = useI18n();
  if (!hasText(pageText)) {
    return <InfoNotice>{t('passages.noText')}</InfoNotice>;
  }
  const marks = annotations
    .filter((annotation) => annotation.page === pageText.page && annotation.documentVersion === pageText.version)
    .map((annotation) => ({ id: annotation.id, start: annotation.start, length: annotation.quote.length, colour: annotation.colour }));
  const takeSelection = () => {
    const selected = globalThis.getSelection?.()?.toString().trim() ?? '';
    if (selected !== '') {
      onSelect(selected);
    }
  };
  return (
    <>
      <p class="muted">{t('passages.selectHint')}</p>
      <blockquote class="page-text" onMouseUp={takeSelection} onKeyUp={takeSelection} data-testid="page-text">
        {markedRuns(pageText.text, marks).map((run, index) =>
          run.mark ? (
            <mark key={index} class={`highlight highlight-${run.mark.colour}`} data-testid={`mark-${run.mark.id}`}>
              {run.text}
            </mark>
          ) : (
            run.text
          ),
        )}
      </blockquote>
    </>
  );
}
