import { describe, expect, it } from 'vitest';
import { clampPage } from './pages';

describe('going to a page', () => {
  it('stays within the document whatever is typed', () => {
    expect(clampPage(3, 10)).toBe(3);
    expect(clampPage(0, 10)).toBe(1);
    expect(clampPage(-5, 10)).toBe(1);
    expect(clampPage(11, 10)).toBe(10);
    expect(clampPage(Number.NaN, 10)).toBe(1);
    expect(clampPage(2.7, 10)).toBe(2);
  });
});
