import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../api/apiFailure';
import type { UploadedFile } from '../protocol/generated';
import { type QueuedFile, uploadEach } from './uploadQueue';

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
