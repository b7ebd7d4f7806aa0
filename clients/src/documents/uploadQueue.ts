import { ApiFailure } from '../api/apiFailure';
import type { UploadedFile } from '../protocol/generated';

/** Where one file of an upload stands, as the secretariat sees it next to the file's name. */
export type FileStatus =
  | { kind: 'queued' }
  | { kind: 'uploading' }
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

/**
 * Sends the files one request each, in order, so that every file shows its own progress and a refused or failed file
 * does not hold up the others; `onChange` gets the whole list after each step.
 */
export async function uploadEach<F>(
  files: readonly F[],
  names: readonly string[],
  send: (file: F) => Promise<UploadedFile>,
  onChange: (files: QueuedFile[]) => void,
): Promise<QueuedFile[]> {
  let state = queue(names);
  onChange(state);
  for (let key = 0; key < files.length; key++) {
    state = withStatus(state, key, { kind: 'uploading' });
    onChange(state);
    let status: FileStatus;
    try {
      const answers = await send(files[key]!);
      status = answers ? statusOf(answers) : { kind: 'failed', code: 'unexpected', message: null };
    } catch (failure) {
      status =
        failure instanceof ApiFailure
          ? { kind: 'failed', code: failure.code, message: failure.serverMessage }
          : { kind: 'failed', code: 'unexpected', message: null };
    }
    state = withStatus(state, key, status);
    onChange(state);
  }
  return state;
}
