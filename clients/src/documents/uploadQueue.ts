import { ApiFailure } from '../api/apiFailure';
import type { UploadedFile, UploadProgress, UploadStage } from '../protocol/generated';

/** Where one file of an upload stands, as the secretariat sees it next to the file's name. */
export type FileStatus =
  | { kind: 'queued' }
  | { kind: 'uploading' }
  /** The server told how far it has got: waiting for a conversion, converting, reading page `page` of `pages`. */
  | { kind: 'processing'; stage: UploadStage; page: number; pages: number }
  | { kind: 'ready'; pages: number; searchableText: boolean }
  | { kind: 'failed'; code: string; message: string | null };

export interface QueuedFile {
  readonly key: number;
  readonly name: string;
  readonly status: FileStatus;
}

export function queue(names: readonly string[]): QueuedFile[] {
  return names.map((name, key) => ({ key, name, status: { kind: 'queued' } }));
}

export function withStatus(files: readonly QueuedFile[], key: number, status: FileStatus): QueuedFile[] {
  return files.map((file) => (file.key === key ? { ...file, status } : file));
}

/** What the server said of one file. */
export function statusOf(answer: UploadedFile): FileStatus {
  if (answer.status === 'READY') {
    return { kind: 'ready', pages: answer.pages ?? 0, searchableText: answer.searchableText ?? true };
  }
  return { kind: 'failed', code: answer.code ?? 'unexpected', message: answer.message };
}

/** Where the server's word on how far each upload has got comes from: the realtime connection. */
export type ProgressSource = (listener: (progress: UploadProgress) => void) => () => void;

/**
 * Sends the files one request each, in order, so that every file shows its own progress and a refused or failed file
 * does not hold up the others; `onChange` gets the whole list after each step. Each request names its upload, and
 * what the server tells of that upload while it works (`upload.progress`) is shown until its answer arrives.
 */
export async function uploadEach<F>(
  files: readonly F[],
  names: readonly string[],
  send: (file: F, uploadId: string) => Promise<UploadedFile>,
  onChange: (files: QueuedFile[]) => void,
  progressOf: ProgressSource = () => () => undefined,
  newId: () => string = newUploadId,
): Promise<QueuedFile[]> {
  let state = queue(names);
  onChange(state);
  for (let key = 0; key < files.length; key++) {
    state = withStatus(state, key, { kind: 'uploading' });
    onChange(state);
    const uploadId = newId();
    const stopListening = progressOf((progress) => {
      if (progress.uploadId === uploadId) {
        state = withStatus(state, key, { kind: 'processing', stage: progress.stage, page: progress.page, pages: progress.pages });
        onChange(state);
      }
    });
    let status: FileStatus;
    try {
      const answers = await send(files[key]!, uploadId);
      status = answers ? statusOf(answers) : { kind: 'failed', code: 'unexpected', message: null };
    } catch (failure) {
      status =
        failure instanceof ApiFailure
          ? { kind: 'failed', code: failure.code, message: failure.serverMessage }
          : { kind: 'failed', code: 'unexpected', message: null };
    } finally {
      stopListening();
    }
    state = withStatus(state, key, status);
    onChange(state);
  }
  return state;
}

/**
 * A random UUID (version 4) naming one file's upload. `crypto.randomUUID` exists only on HTTPS pages, and a hall's
 * server may be reached over plain HTTP on its own network; `getRandomValues` exists on every page.
 */
export function newUploadId(fill: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = fill(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
