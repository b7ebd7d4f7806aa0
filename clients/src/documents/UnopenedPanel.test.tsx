// @vitest-environment happy-dom
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UnopenedDocument } from '../protocol/generated';
import { byTestId, click, fakeApi, mount, settle, testServices, unmount } from '../testing/testApp';
import { UnopenedPanel } from './UnopenedPanel';

const UNOPENED: UnopenedDocument[] = [
  {
    documentId: 'doc-1',
    title: 'Tờ trình dự toán',
    version: 1,
    entitled: 3,
    notOpened: [
      { membershipId: 'mem-2', fullName: 'Trần Văn Khoa' },
      { membershipId: 'mem-3', fullName: 'Lê Thị Mai' },
    ],
  },
  { documentId: 'doc-2', title: 'Báo cáo thẩm tra', version: 2, entitled: 3, notOpened: [] },
];

describe('who has not opened the documents of the sitting', () => {
  let container: HTMLElement;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  it('counts and names the delegates who have not opened each document, and asks again on refresh', async () => {
    const unopenedDocuments = vi.fn(() => Promise.resolve(UNOPENED));
    const { services } = testServices(fakeApi({ unopenedDocuments }));
    container = await mount(<UnopenedPanel sittingId="sit-1" documentsSeq={0} readsSeq={0} />, services);

    expect(unopenedDocuments).toHaveBeenCalledWith('sit-1');
    expect(byTestId(container, 'unopened-count-doc-1').textContent).toBe('2/3 đại biểu chưa mở');
    expect(byTestId(container, 'unopened-doc-1').textContent).toContain('Trần Văn Khoa, Lê Thị Mai');
    expect(byTestId(container, 'unopened-count-doc-2').textContent).toBe('Tất cả đã mở');

    await click(byTestId(container, 'unopened-reload'));
    expect(unopenedDocuments).toHaveBeenCalledTimes(2);
  });

  it('asks again when the sitting’s documents were read', async () => {
    const unopenedDocuments = vi.fn(() => Promise.resolve(UNOPENED));
    const { services } = testServices(fakeApi({ unopenedDocuments }));
    let readTo: (seq: number) => Promise<void> = () => Promise.resolve();
    function Panel() {
      const [seq, setSeq] = useState(2);
      readTo = (next) => act(() => setSeq(next));
      return <UnopenedPanel sittingId="sit-1" documentsSeq={1} readsSeq={seq} />;
    }
    container = await mount(<Panel />, services);
    expect(unopenedDocuments).toHaveBeenCalledTimes(1);

    await readTo(9);
    await settle();
    expect(unopenedDocuments).toHaveBeenCalledTimes(2);
  });

  it('asks again when the sitting’s documents change', async () => {
    const unopenedDocuments = vi.fn(() => Promise.resolve(UNOPENED));
    const { services } = testServices(fakeApi({ unopenedDocuments }));
    let moveTo: (seq: number) => Promise<void> = () => Promise.resolve();
    function Panel() {
      const [seq, setSeq] = useState(4);
      moveTo = (next) => act(() => setSeq(next));
      return <UnopenedPanel sittingId="sit-1" documentsSeq={seq} readsSeq={0} />;
    }
    container = await mount(<Panel />, services);
    expect(unopenedDocuments).toHaveBeenCalledTimes(1);

    await moveTo(4);
    expect(unopenedDocuments).toHaveBeenCalledTimes(1);
    await moveTo(7);
    await settle();
    expect(unopenedDocuments).toHaveBeenCalledTimes(2);
  });
});
