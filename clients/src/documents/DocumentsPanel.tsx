import { useId, useState } from 'preact/hooks';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { AgendaItem, DocumentAccessClass, DocumentEntry, DocumentKind, Presentation, Sitting } from '../protocol/generated';
import { ListPanel } from '../screens/secretariat/ListPanel';
import { problemText } from '../ui/problemText';
import type { Async } from '../ui/useAsync';
import { DOCUMENT_ACCESS, DOCUMENT_KINDS } from './labels';
import { ReadReceipts } from './ReadReceipts';
import { ReplaceVersion } from './ReplaceVersion';
import { SignatureList } from './SignatureList';
import { PresentingViewer } from './presenting';
import { OfSessionBadge } from './OfSessionBadge';
import { ProcessingStage } from './ProcessingStage';
import { type QueuedFile, uploadEach } from './uploadQueue';

/** The item choice that makes the files documents of the whole session, listed in each of its sittings. */
const WHOLE_SESSION = 'session';

/**
 * The secretariat's documents of one sitting: choose files, their kind, item and readers, and watch each file go
 * from queued through uploading to ready (pages, searchable or a scan) or refused with the server's reason.
 * {@code documents} is the sitting's list as the screen holds it, read again after each upload or withdrawal, so
 * that every panel beside this one (the comments desk) sees the same documents. A document opened here can be
 * presented page by page to the hall and to those who follow ({@code presentation}: the sitting's, live).
 */
export function DocumentsPanel(props: {
  sitting: Sitting;
  agenda: readonly AgendaItem[];
  documents: Async<DocumentEntry[]>;
  presentation: Presentation | null;
  mayPresent: boolean;
  /** The secretariat may highlight passages and keep notes of their own on the documents they open. */
  mayAnnotate: boolean;
  /** Where the sitting's documents were last read: who has read each one is read again when it moves. */
  readsSeq: number;
}) {
  const { sitting, agenda, documents, presentation } = props;
  const [open, setOpen] = useState<{ document: DocumentEntry; page: number } | null>(null);
  const { t, format } = useI18n();
  const { api, realtime } = useServices();
  const [kind, setKind] = useState<DocumentKind>('SUBMISSION');
  const [access, setAccess] = useState<DocumentAccessClass>('DELEGATES');
  const [itemId, setItemId] = useState<string>('');
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<QueuedFile[]>([]);
  const [busy, setBusy] = useState(false);
  const ids = { files: useId(), kind: useId(), item: useId(), access: useId() };

  async function upload(event: Event) {
    event.preventDefault();
    if (files.length === 0 || busy) {
      return;
    }
    setBusy(true);
    await uploadEach(
      files,
      files.map((file) => file.name),
      async (file, uploadId) =>
        (
          await api.uploadDocuments(sitting.id, [file], {
            kind,
            access,
            agendaItemId: itemId === '' || itemId === WHOLE_SESSION ? null : itemId,
            wholeSession: itemId === WHOLE_SESSION,
            uploadId,
          })
        )[0]!,
      setProgress,
      (listener) => realtime.onUploadProgress(listener),
    );
    setBusy(false);
    documents.reload();
  }

  async function withdraw(documentId: string) {
    await api.withdrawDocument(documentId);
    documents.reload();
  }

  return (
    <ListPanel
      headingId="documents-heading"
      heading={t('documents.heading', { sitting: sitting.title })}
      source={documents}
      empty={documents.data?.length === 0 && t('documents.none')}
    >
      <form class="entity-form" onSubmit={upload} data-testid="document-upload">
        <div class="field">
          <label for={ids.files}>{t('documents.files')}</label>
          <input
            id={ids.files}
            type="file"
            multiple
            accept=".pdf,.docx,.doc,.odt,.xlsx,.ods,.pptx,.png,.jpg,.jpeg"
            onChange={(event) => setFiles(Array.from((event.currentTarget as HTMLInputElement).files ?? []))}
            data-testid="document-files"
          />
        </div>
        <div class="field">
          <label for={ids.kind}>{t('documents.kind')}</label>
          <select id={ids.kind} value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as DocumentKind)}>
            {DOCUMENT_KINDS.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`documents.kind.${candidate}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={ids.item}>{t('documents.item')}</label>
          <select id={ids.item} value={itemId} onChange={(e) => setItemId((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('documents.wholeSitting')}</option>
            <option value={WHOLE_SESSION}>{t('documents.wholeSession')}</option>
            {agenda.map((item) => (
              <option key={item.id} value={item.id}>
                {item.title}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={ids.access}>{t('documents.access')}</label>
          <select
            id={ids.access}
            value={access}
            onChange={(e) => setAccess((e.currentTarget as HTMLSelectElement).value as DocumentAccessClass)}
          >
            {DOCUMENT_ACCESS.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`documents.access.${candidate}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button button-primary" disabled={busy || files.length === 0} data-testid="document-upload-submit">
          {t('documents.upload')}
        </button>
      </form>
      {progress.length > 0 && <UploadProgress files={progress} />}
      {documents.data && documents.data.length > 0 && (
        <table class="data-table" data-testid="document-list">
          <thead>
            <tr>
              <th>{t('documents.title')}</th>
              <th>{t('documents.kind')}</th>
              <th>{t('documents.access')}</th>
              <th>{t('documents.pages')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {documents.data.map((document) => (
              <tr key={document.id}>
                <td>
                  {document.title}
                  <div class="muted">
                    {document.fileName} · {t('documents.version', { version: document.version })}
                  </div>
                  {document.withdrawnAt && (
                    <span class="badge badge-closed">
                      {t('documents.withdrawnAt', { time: format.dateTime(document.withdrawnAt) })}
                    </span>
                  )}
                  {document.wholeSession && <OfSessionBadge document={document} />}
                  {!document.searchableText && <span class="badge">{t('documents.noText')}</span>}
                  <SignatureList signatures={document.signatures} />
                  <ReadReceipts document={document} readsSeq={props.readsSeq} />
                </td>
                <td>{t(`documents.kind.${document.kind}`)}</td>
                <td>{t(`documents.access.${document.access}`)}</td>
                <td>{format.number(document.pages)}</td>
                <td>
                  {props.mayPresent && !document.withdrawnAt && (
                    <button type="button" class="button" onClick={() => setOpen({ document, page: 1 })} data-testid={`open-${document.id}`}>
                      {t('documents.open')}
                    </button>
                  )}
                  {!document.withdrawnAt && <ReplaceVersion document={document} onReplaced={documents.reload} />}
                  {!document.withdrawnAt && (
                    <button type="button" class="button" onClick={() => void withdraw(document.id)} data-testid={`withdraw-${document.id}`}>
                      {t('documents.withdraw')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && (
        <PresentingViewer
          key={open.document.id}
          sittingId={sitting.id}
          document={open.document}
          page={open.page}
          presentation={presentation}
          mayAnnotate={props.mayAnnotate}
          onTurn={(page) => setOpen({ document: open.document, page })}
          onClose={() => setOpen(null)}
        />
      )}
    </ListPanel>
  );
}

function UploadProgress({ files }: { files: readonly QueuedFile[] }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  return (
    <ul class="upload-progress" aria-live="polite" data-testid="upload-progress">
      {files.map((file) => (
        <li key={file.key} class={`upload-${file.status.kind}`} data-testid={`upload-${file.key}`}>
          <span class="upload-name">{file.name}</span>{' '}
          <span class="upload-status">
            {file.status.kind === 'queued' && t('documents.status.queued')}
            {file.status.kind === 'uploading' && t('documents.status.uploading')}
            {file.status.kind === 'processing' && <ProcessingStage status={file.status} />}
            {file.status.kind === 'ready' &&
              t(file.status.searchableText ? 'documents.status.ready' : 'documents.status.readyScan', {
                pages: format.number(file.status.pages),
              })}
            {file.status.kind === 'failed' &&
              t('documents.status.failed', {
                reason: problemText({ code: file.status.code, serverMessage: file.status.message }, i18n),
              })}
          </span>
        </li>
      ))}
    </ul>
  );
}
