import { describe, expect, it } from 'vitest';
import type { SpeakerEntry } from '../protocol/generated';
import { clockText, remainingMs } from './countdown';

const speaking: SpeakerEntry = {
  id: 'r1', itemId: 'a', membershipId: 'm1', siteId: null, fullName: 'Nguyễn Văn An', delegationName: null, kind: 'DISCUSSION',
  addressee: null, state: 'SPEAKING', position: 1, requestedAt: '2026-12-08T02:00:00Z', startedAt: '2026-12-08T02:01:00Z',
  endedAt: null, limitSeconds: 300, deadline: '2026-12-08T02:06:00Z', remainingMillis: null, overrunSeconds: 0,
};

describe('countdown', () => {
  it('counts to the deadline on the server clock, and what a paused speech kept', () => {
    expect(remainingMs(speaking, Date.parse('2026-12-08T02:05:30Z'))).toBe(30_000);
    expect(remainingMs(speaking, Date.parse('2026-12-08T02:06:12Z'))).toBe(-12_000);
    expect(remainingMs({ ...speaking, state: 'PAUSED', deadline: null, remainingMillis: 95_000 }, 0)).toBe(95_000);
    expect(remainingMs({ ...speaking, state: 'WAITING' }, 0)).toBeNull();
  });

  it('shows minutes and seconds, 0:00 only once the time is up, and the overrun after it', () => {
    expect(clockText(300_000)).toBe('5:00');
    expect(clockText(61_001)).toBe('1:02');
    expect(clockText(400)).toBe('0:01');
    expect(clockText(0)).toBe('0:00');
    expect(clockText(-12_500)).toBe('+0:12');
  });
});
