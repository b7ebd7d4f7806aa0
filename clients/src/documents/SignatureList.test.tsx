// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentSignature } from '../protocol/generated';
import { byTestId, fakeApi, mount, testServices, unmount } from '../testing/testApp';
import { SignatureList, verdict } from './SignatureList';

function aSignature(overrides: Partial<DocumentSignature> = {}): DocumentSignature {
  return {
    signer: 'Nguyễn Văn Ký',
    signedAt: '2026-12-01T03:15:00Z',
    intact: true,
    modifiedAfterSigning: false,
    trusted: true,
    valid: true,
    problem: null,
    ...overrides,
  };
}

describe('the digital signatures of a document', () => {
  let container: HTMLElement | undefined;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    if (container) {
      unmount(container);
    }
    vi.useRealTimers();
  });

  it('are judged by the worst they show', () => {
    expect(verdict(aSignature())).toBe('valid');
    expect(verdict(aSignature({ trusted: false, valid: false }))).toBe('untrusted');
    expect(verdict(aSignature({ modifiedAfterSigning: true, valid: false }))).toBe('modified');
    expect(verdict(aSignature({ intact: false, modifiedAfterSigning: true, valid: false }))).toBe('broken');
    expect(verdict(aSignature({ intact: false, trusted: false, valid: false, problem: 'Chữ ký số bị hỏng.' }))).toBe(
      'unverifiable',
    );
  });

  it('show each signer, time and verdict in Vietnamese, and nothing for an unsigned file', async () => {
    const { services } = testServices(fakeApi({}));
    container = await mount(
      <SignatureList
        signatures={[aSignature(), aSignature({ signer: '', intact: false, valid: false, problem: 'Kiểu chữ ký số này chưa được hỗ trợ.' })]}
      />,
      services,
    );
    expect(byTestId(container!, 'signature-0').textContent).toContain('Ký bởi Nguyễn Văn Ký');
    expect(byTestId(container!, 'signature-0').textContent).toContain('10:15');
    expect(byTestId(container!, 'signature-0').textContent).toContain('Hợp lệ: còn nguyên vẹn, chứng thư được tin cậy');
    expect(byTestId(container!, 'signature-1').textContent).toContain('Ký bởi (không rõ tên)');
    expect(byTestId(container!, 'signature-1').textContent).toContain('Không kiểm tra được chữ ký');
    expect(byTestId(container!, 'signature-1').textContent).toContain('Kiểu chữ ký số này chưa được hỗ trợ.');
    unmount(container!);

    container = await mount(<SignatureList signatures={[]} />, services);
    expect(container!.querySelector('[data-testid="signature-list"]')).toBeNull();
  });
});
