import { useId, useState } from 'preact/hooks';
import { useServices } from '../app/services';
import { useI18n } from '../i18n/I18nContext';
import type { DocumentEntry, UploadProgress } from '../protocol/generated';
import { ProblemNotice } from '../ui/Notice';
import type { Problem } from '../ui/problem';
import { asProblem } from '../ui/problemText';
import { ProcessingStage } from './ProcessingStage';
import { newUploadId } from './uploadQueue';

/**
 * The secretariat replaces a document with a new version (thay bản mới): a file chosen goes up at once, and the list
 * is read again when it is in; a refused file (corrupt, with a password…) says why and leaves the document as it was.
 */
export function ReplaceVersion({ document, onReplaced }: { document: DocumentEntry; onReplaced: () => void }) {
  const { t } = useI18n();
  const { api, realtime } = useServices();
  const [busy, setBusy] = useState(false);
  const [stage, setStage] = useState<UploadProgress | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const inputId = useId();

  async function replace(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file || busy) {
      return;
    }
    setBusy(true);
    setProblem(null);
    const uploadId = newUploadId();
    const stopListening = realtime.onUploadProgress((progress) => progress.uploadId === uploadId && setStage(progress));
    try {
      await api.replaceDocument(document.id, file, uploadId);
      onReplaced();
    } catch (failure: unknown) {
      setProblem(asProblem(failure));
    } finally {
      stopListening();
      input.value = '';
      setBusy(false);
      setStage(null);
    }
  }

  return (
    <div class="replace-version">
      <label for={inputId} class="button" aria-busy={busy}>
        {busy ? t('documents.replacing') : t('documents.replace')}
      </label>
      <input
        id={inputId}
        class="visually-hidden"
        type="file"
        accept=".pdf,.docx,.doc,.odt,.xlsx,.ods,.pptx,.png,.jpg,.jpeg"
        disabled={busy}
        onChange={(e) => void replace(e.currentTarget as HTMLInputElement)}
        data-testid={`replace-${document.id}`}
      />
      {stage && (
        <span class="muted" role="status" data-testid={`replace-stage-${document.id}`}>
          <ProcessingStage status={stage} />
        </span>
      )}
      <ProblemNotice problem={problem} />
    </div>
  );
}
