import { describe, expect, it } from 'vitest';
import { foldSpaces, quoteStart } from './passage';

describe('a passage quoted from a page', () => {
  const page = 'Điều 1. Mức thu phí\nlà 50.000 đồng\u00a0mỗi lượt khách.';

  it('is found whatever its line breaks and spaces, at its place in the folded text', () => {
    expect(foldSpaces(page)).toBe('Điều 1. Mức thu phí là 50.000 đồng mỗi lượt khách.');
    expect(quoteStart(page, '  phí là\n50.000 ')).toBe(foldSpaces(page).indexOf('phí là 50.000'));
  });

  it('matches decomposed Vietnamese with its composed form', () => {
    expect(quoteStart(page, 'Mức thu phí'.normalize('NFD'))).toBe(8);
  });

  it('is not found when it is not on the page or is blank', () => {
    expect(quoteStart(page, 'Điều 2')).toBe(-1);
    expect(quoteStart(page, ' \n ')).toBe(-1);
  });
});
