import { describe, expect, it } from 'vitest';
import { formatsFor } from './format';

describe('formats', () => {
  const vi = formatsFor('vi');

  it('shows instants in Vietnam time with Vietnamese names', () => {
    expect(vi.time('2026-12-08T01:30:00Z')).toBe('08:30');
    const shown = vi.dateTime('2026-12-08T01:30:00Z');
    expect(shown).toContain('08/12/2026');
    expect(shown).toContain('08:30');
    expect(shown.toLowerCase()).toContain('thứ ba');
  });

  it('shows a calendar date on its own day in any zone', () => {
    expect(vi.date('2026-12-08')).toBe('08/12/2026');
  });

  it('groups thousands with a dot in Vietnamese', () => {
    expect(vi.number(3321)).toBe('3.321');
  });
});
