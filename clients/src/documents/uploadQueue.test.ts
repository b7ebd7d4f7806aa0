import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../api/apiFailure';
import type { UploadedFile, UploadProgress } from '../protocol/generated';
import { newUploadId, type QueuedFile, uploadEach } from './uploadQueue';

const ready = (fileName: string, pages: number): UploadedFile => ({
  fileName,
  status: 'READY',
  documentId: 'd-' + fileName,
  pages,
  searchableText: pages !== 1,
  code: null,
  message: null,
});

describe('uploading files one by one', () => {
  it('shows each file queued, then uploading, then its own outcome, and goes on after a refusal', async () => {
    const steps: string[][] = [];
    const names = ['Tờ trình.pdf', 'có mật khẩu.pdf', 'Bản quét.pdf', 'mạng.pdf'];
    const final = await uploadEach(
      names,
      names,
      async (name) => {
        if (name === 'có mật khẩu.pdf') {
          return {
            ...ready(name, 0),
            status: 'FAILED',
            documentId: null,
            pages: null,
            code: 'pdf_password',
            message: 'Tệp PDF có mật khẩu',
          };
        }
        if (name === 'mạng.pdf') {
          throw ApiFailure.network();
        }
        return ready(name, name === 'Bản quét.pdf' ? 1 : 12);
      },
      (files: QueuedFile[]) => steps.push(files.map((file) => file.status.kind)),
    );
    expect(steps[0]).toEqual(['queued', 'queued', 'queued', 'queued']);
    expect(steps[1]).toEqual(['uploading', 'queued', 'queued', 'queued']);
    expect(final.map((file) => file.status)).toEqual([
      { kind: 'ready', pages: 12, searchableText: true },
      { kind: 'failed', code: 'pdf_password', message: 'Tệp PDF có mật khẩu' },
      { kind: 'ready', pages: 1, searchableText: false },
      { kind: 'failed', code: 'network', message: null },
    ]);
    expect(final.map((file) => file.name)).toEqual(names);
  });
});

describe('what the server tells of an upload while it works', () => {
  it('shows the stages and pages told for the file being sent, never another upload’s, until its answer', async () => {
    const listeners = new Set<(progress: UploadProgress) => void>();
    const tell = (progress: Omit<UploadProgress, 'type'>) => listeners.forEach((listener) => listener({ type: 'upload.progress', ...progress }));
    const seen: string[] = [];
    const ids = ['id-1', 'id-2'];
    const final = await uploadEach(
      ['Tờ trình.docx', 'Báo cáo.pdf'],
      ['Tờ trình.docx', 'Báo cáo.pdf'],
      async (name, uploadId) => {
        tell({ uploadId: 'someone-else', stage: 'CONVERTING', page: 0, pages: 0 });
        if (name === 'Tờ trình.docx') {
          tell({ uploadId, stage: 'WAITING', page: 0, pages: 0 });
          tell({ uploadId, stage: 'CONVERTING', page: 0, pages: 0 });
        }
        tell({ uploadId, stage: 'READING', page: 1, pages: 3 });
        tell({ uploadId, stage: 'READING', page: 3, pages: 3 });
        return ready(name, 3);
      },
      (files) => {
        const status = files.find((file) => file.status.kind === 'processing')?.status;
        if (status?.kind === 'processing') {
          seen.push(`${status.stage} ${status.page}/${status.pages}`);
        }
      },
      (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      () => ids.shift()!,
    );
    expect(seen).toEqual(['WAITING 0/0', 'CONVERTING 0/0', 'READING 1/3', 'READING 3/3', 'READING 1/3', 'READING 3/3']);
    expect(final.map((file) => file.status.kind)).toEqual(['ready', 'ready']);
    expect(listeners.size).toBe(0);
  });

  it('names each upload with a version 4 UUID the server accepts', () => {
    const id = newUploadId((bytes) => bytes.fill(0xff));
    expect(id).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newUploadId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
