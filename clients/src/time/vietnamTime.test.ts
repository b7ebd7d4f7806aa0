import { describe, expect, it } from 'vitest';
import { instantToVietnamInput, isDateOnly, vietnamDate, vietnamDateOf, vietnamInputToInstant } from './vietnamTime';

describe('Vietnam time', () => {
  it('shows an instant as Vietnam wall-clock time (UTC+7)', () => {
    expect(instantToVietnamInput('2026-12-08T01:30:00Z')).toBe('2026-12-08T08:30');
    expect(instantToVietnamInput('2026-12-07T20:00:00Z')).toBe('2026-12-08T03:00');
  });

  it('reads a typed Vietnam time back as the same instant', () => {
    expect(vietnamInputToInstant('2026-12-08T08:30')).toBe('2026-12-08T01:30:00.000Z');
    expect(vietnamInputToInstant(instantToVietnamInput('2026-03-01T23:45:00Z'))).toBe('2026-03-01T23:45:00.000Z');
  });

  it('rejects impossible or malformed times', () => {
    expect(vietnamInputToInstant('2026-02-30T08:00')).toBeNull();
    expect(vietnamInputToInstant('2026-12-08T24:00')).toBeNull();
    expect(vietnamInputToInstant('08/12/2026 08:30')).toBeNull();
    expect(vietnamInputToInstant('')).toBeNull();
  });

  it('checks calendar dates', () => {
    expect(isDateOnly('2028-02-29')).toBe(true);
    expect(isDateOnly('2026-02-29')).toBe(false);
    expect(isDateOnly('2026-12-8')).toBe(false);
  });

  it('knows the Vietnam date when UTC is still on the day before', () => {
    expect(vietnamDate(new Date('2026-12-07T18:00:00Z'))).toBe('2026-12-08');
    expect(vietnamDateOf('2026-12-07T16:59:59Z')).toBe('2026-12-07');
  });
});
