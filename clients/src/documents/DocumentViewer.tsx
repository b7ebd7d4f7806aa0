import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { documentPageUrl, documentThumbnailUrl } from '../api/hopsoApi';
import { ApiFailure } from '../api/apiFailure';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { DocumentAnnotation, DocumentEntry, PageText } from '../protocol/generated';
import { ProblemNotice } from '../ui/Notice';
import type { Problem } from '../ui/problem';
import { asProblem } from '../ui/problemText';
import { useAsync } from '../ui/useAsync';
import { AnnotationDesk } from './AnnotationDesk';
import { CommentComposer } from './CommentComposer';
import { DocumentSearch } from './DocumentSearch';
import { PageTextPane } from './PageTextPane';
import { SignatureList } from './SignatureList';
import { clampPage } from './pages';

const WIDTHS = [480, 800, 1200, 1600] as const;

/**
 * The viewer: one page at a time (each the reader's own watermarked copy of that page, so weak links fetch only the
 * page being read), with previous, next, go to page and zoom. Its page is its owner's: the owner moves it (to the
 * page a search found, to the page presented) and hears each turn the reader makes ({@code onTurn}).
 */
export function DocumentViewer({
  document,
  page: asked,
  onTurn,
  tools,
  mayComment = false,
  mayAnnotate = false,
  commentsSeq = 0,
  onClose,
}: {
  document: DocumentEntry;
  /** The page shown. */
  page: number;
  /** The reader turned to this page. */
  onTurn: (page: number) => void;
  /** What the owner adds to the toolbar: presenting the page, following the presenter. */
  tools?: ComponentChildren;
  /** The reader may send comments (góp ý) on it: a delegate. */
  mayComment?: boolean;
  /** The reader may highlight passages and keep notes of their own: a delegate, the chair, the secretariat. */
  mayAnnotate?: boolean;
  /** Where a comment the reader sees last changed in the sitting's log: the comments read again when it moves. */
  commentsSeq?: number;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const page = clampPage(asked, document.pages);
  const [width, setWidth] = useState<number>(800);
  const [typing, setTyping] = useState<string | null>(null);
  const ids = { page: useId(), zoom: useId() };
  const go = (target: number) => {
    setTyping(null);
    const next = clampPage(target, document.pages);
    if (next !== page) {
      onTurn(next);
    }
  };
  return (
    <div
      class={document.printAllowed ? 'document-viewer' : 'document-viewer document-no-print'}
      role="dialog"
      aria-label={document.title}
      data-testid="document-viewer"
    >
      <div class="viewer-tools">
        <strong>{document.title}</strong>
        <button type="button" class="button" onClick={() => go(page - 1)} disabled={page <= 1} data-testid="viewer-previous">
          {t('viewer.previous')}
        </button>
        <label for={ids.page}>{t('viewer.page')}</label>
        <input
          id={ids.page}
          class="viewer-page"
          inputMode="numeric"
          value={typing ?? String(page)}
          onInput={(e) => setTyping((e.currentTarget as HTMLInputElement).value)}
          onChange={() => go(typing === null ? page : Number.parseInt(typing, 10))}
          data-testid="viewer-page"
        />
        <span>{t('viewer.of', { pages: document.pages })}</span>
        <button
          type="button"
          class="button"
          onClick={() => go(page + 1)}
          disabled={page >= document.pages}
          data-testid="viewer-next"
        >
          {t('viewer.next')}
        </button>
        <label for={ids.zoom}>{t('viewer.zoom')}</label>
        <select id={ids.zoom} value={width} onChange={(e) => setWidth(Number((e.currentTarget as HTMLSelectElement).value))}>
          {WIDTHS.map((candidate) => (
            <option key={candidate} value={candidate}>
              {Math.round((candidate / 800) * 100)}%
            </option>
          ))}
        </select>
        <button type="button" class="button" onClick={onClose} data-testid="viewer-close">
          {t('viewer.close')}
        </button>
      </div>
      {tools && (
        <div class="viewer-tools viewer-presentation" data-testid="viewer-presentation">
          {tools}
        </div>
      )}
      <Thumbnails document={document} page={page} onTurn={go} />
      <details class="viewer-find" data-testid="viewer-find">
        <summary>{t('documentSearch.withinLabel')}</summary>
        <DocumentSearch documentId={document.id} onOpen={(hit) => go(hit.page)} />
      </details>
      {replacedSinceRead(document) && <VersionChanges document={document} page={page} onTurn={go} />}
      <SignatureList signatures={document.signatures} />
      {document.watermarked && <p class="notice">{t('viewer.watermarked')}</p>}
      {!document.printAllowed && (
        <p class="notice" data-testid="viewer-no-print">
          {t('viewer.noPrint')}
        </p>
      )}
      {!document.searchableText && <p class="notice">{t('documents.noText')}</p>}
      <PageView document={document} page={page} width={width} />
      {(mayComment || mayAnnotate) && (
        <PassageTools
          document={document}
          page={page}
          mayComment={mayComment}
          mayAnnotate={mayAnnotate}
          commentsSeq={commentsSeq}
          onTurn={go}
        />
      )}
    </div>
  );
}

/** How long a page may take to be drawn before the server's image of it is shown instead. */
const DRAWING_TIME_MS = 10_000;

/**
 * The strip of pages: each a small watermarked image (fetched only as it scrolls into view, and not counted as
 * reading), the page shown marked; one click turns to a page.
 */
function Thumbnails({ document, page, onTurn }: { document: DocumentEntry; page: number; onTurn: (page: number) => void }) {
  const { t } = useI18n();
  const strip = useRef<HTMLElement>(null);
  useEffect(() => {
    const shown = strip.current?.querySelector<HTMLElement>('[aria-current="page"]');
    if (shown && strip.current && typeof strip.current.scrollTo === 'function') {
      strip.current.scrollTo({ left: shown.offsetLeft - strip.current.clientWidth / 2 + shown.clientWidth / 2 });
    }
  }, [page]);
  const numbers = Array.from({ length: document.pages }, (_, index) => index + 1);
  return (
    <nav class="viewer-thumbnails" aria-label={t('viewer.thumbnails')} ref={strip} data-testid="viewer-thumbnails">
      {numbers.map((number) => (
        <button
          key={number}
          type="button"
          class="viewer-thumbnail"
          aria-current={number === page ? 'page' : undefined}
          aria-label={t('viewer.pageImage', { page: number, pages: document.pages })}
          onClick={() => onTurn(number)}
          data-testid={`thumbnail-${number}`}
        >
          <img loading="lazy" src={documentThumbnailUrl(document.id, number, document.version)} alt="" width={80} />
          <span>{number}</span>
        </button>
      ))}
    </nav>
  );
}

/**
 * The page itself: its page file (the reader's watermarked copy of that one page) drawn in a canvas, so text stays
 * sharp at every zoom; where this browser cannot draw it, the server's image of the page, watermarked the same way.
 * A refusal (the document withdrawn meanwhile, say) is said in words. Turning pages quickly, only the last is drawn.
 */
function PageView({ document, page, width }: { document: DocumentEntry; page: number; width: number }) {
  const { t } = useI18n();
  const { api, pages, offline, now, timers } = useServices();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [shown, setShown] = useState<'drawing' | 'drawn' | 'image'>('drawing');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [fromOffline, setFromOffline] = useState(false);
  useEffect(() => {
    let current = true;
    setShown('drawing');
    setProblem(null);
    setFromOffline(false);
    let drawn = false;
    const draw = async (file: ArrayBuffer) => {
      // A drawing that never ends (a stalled worker) must not leave the reader before a blank page.
      const giveUp = timers.setTimeout(() => current && !drawn && setShown('image'), DRAWING_TIME_MS);
      try {
        if (current && canvas.current) {
          await pages.draw(file, canvas.current, width);
          drawn = true;
          if (current) {
            setShown('drawn');
          }
        }
      } catch {
        if (current) {
          setShown('image');
        }
      } finally {
        timers.clearTimeout(giveUp);
      }
    };
    // Without a connection, the copy the reader took with them, if they did.
    const fromKept = async (failure: unknown) => {
      const kept =
        failure instanceof ApiFailure && failure.code === 'network'
          ? await offline.page(document.id, document.version, page, now()).catch(() => null)
          : null;
      if (!current) {
        return;
      }
      if (kept) {
        setFromOffline(true);
        await draw(kept);
      } else {
        setProblem(asProblem(failure));
      }
    };
    api.pageFile(document.id, page, document.version).then(draw, fromKept);
    return () => {
      current = false;
    };
  }, [api, pages, offline, document.id, document.version, page, width]);
  const label = t('viewer.pageImage', { page, pages: document.pages });
  return (
    <div class="viewer-page-view" data-testid="viewer-page-view" data-document={document.id} data-page={page} data-shown={problem ? 'refused' : shown}>
      <ProblemNotice problem={problem} />
      {fromOffline && (
        <p class="notice" role="status" data-testid="viewer-offline">
          {t('viewer.offlineCopy')}
        </p>
      )}
      {shown === 'image' ? (
        <img
          class="viewer-page-image"
          src={documentPageUrl(document.id, page, width, document.version)}
          alt={label}
          width={width}
          data-testid="viewer-image"
        />
      ) : (
        <canvas
          ref={canvas}
          class={shown === 'drawn' ? 'viewer-page-image' : 'viewer-page-image viewer-page-drawing'}
          role="img"
          aria-label={label}
          aria-busy={shown === 'drawing'}
          hidden={problem !== null}
          data-testid="viewer-canvas"
        />
      )}
    </div>
  );
}

/**
 * Below the page: its text, with the reader's own highlights marked, from which they select a passage to highlight
 * (đánh dấu) or comment on (góp ý). The page's text is read once per page turned; the annotations once per document.
 */
function PassageTools({
  document,
  page,
  mayComment,
  mayAnnotate,
  commentsSeq,
  onTurn,
}: {
  document: DocumentEntry;
  page: number;
  mayComment: boolean;
  mayAnnotate: boolean;
  commentsSeq: number;
  onTurn: (page: number) => void;
}) {
  const { t } = useI18n();
  const { api } = useServices();
  const pageText = useAsync<PageText>(() => api.pageText(document.id, page), [document.id, page]);
  const annotations = useAsync<DocumentAnnotation[]>(
    () => (mayAnnotate ? api.annotations(document.id) : Promise.resolve([])),
    [document.id, mayAnnotate],
  );
  const [selected, setSelected] = useState('');
  useEffect(() => setSelected(''), [page]);
  return (
    <div class="passage-tools">
      <h3>{t('passages.heading', { page })}</h3>
      <ProblemNotice problem={pageText.problem} />
      {pageText.data && <PageTextPane pageText={pageText.data} annotations={annotations.data ?? []} onSelect={setSelected} />}
      {mayAnnotate && (
        <AnnotationDesk
          document={document}
          page={page}
          pageText={pageText.data}
          selected={selected}
          annotations={annotations}
          onTurn={onTurn}
        />
      )}
      {mayComment && (
        <CommentComposer
          documentId={document.id}
          page={page}
          pageText={pageText.data}
          selected={selected}
          commentsSeq={commentsSeq}
        />
      )}
    </div>
  );
}

/** The document was replaced by a newer version since the reader last opened it. */
export function replacedSinceRead(document: DocumentEntry): boolean {
  return document.readVersion !== null && document.readVersion < document.version;
}

/**
 * What changed since the version the reader read (the entry they opened the viewer with says which): the pages to
 * read again, each a button to it, and whether the page in front of them is one.
 */
function VersionChanges({ document, page, onTurn }: { document: DocumentEntry; page: number; onTurn: (page: number) => void }) {
  const { t } = useI18n();
  const { api } = useServices();
  const since = document.readVersion ?? document.version;
  const changes = useAsync(() => api.documentChanges(document.id, since), [document.id, since]);
  const changed = changes.data?.changedPages ?? [];
  return (
    <div class="notice version-changes" role="status" data-testid="version-changes">
      <strong>{t('viewer.replaced', { since, version: document.version })}</strong>{' '}
      {changes.data &&
        (changed.length === 0 ? (
          t('viewer.noPageChanged')
        ) : (
          <>
            {t('viewer.changedPages')}{' '}
            {changed.map((number) => (
              <button
                key={number}
                type="button"
                class={number === page ? 'link-button changed-page-current' : 'link-button'}
                onClick={() => onTurn(number)}
                data-testid={`changed-page-${number}`}
              >
                {number}
              </button>
            ))}
            {changed.includes(page) && (
              <span class="badge badge-late" data-testid="page-changed">
                {t('viewer.thisPageChanged')}
              </span>
            )}
          </>
        ))}
      <ProblemNotice problem={changes.problem} />
    </div>
  );
}
