import { describe, expect, it } from 'vitest';
import { pieces } from './highlight';

describe('a snippet cut at its marks', () => {
  it('marks each match and keeps the text between them', () => {
    expect(pieces('về Ngân sách và ngân sách tỉnh', [{ start: 3, length: 9 }, { start: 16, length: 9 }])).toEqual([
      { text: 'về ', marked: false },
      { text: 'Ngân sách', marked: true },
      { text: ' và ', marked: false },
      { text: 'ngân sách', marked: true },
      { text: ' tỉnh', marked: false },
    ]);
  });

  it('ignores marks that overlap, are empty or reach past the end, and sorts the rest', () => {
    expect(pieces('abcdef', [{ start: 4, length: 1 }, { start: 0, length: 2 }, { start: 1, length: 2 }, { start: 3, length: 0 }, { start: 5, length: 9 }])).toEqual([
      { text: 'ab', marked: true },
      { text: 'cd', marked: false },
      { text: 'e', marked: true },
      { text: 'f', marked: false },
    ]);
  });

  it('keeps markup in a snippet as text', () => {
    expect(pieces('<b>x</b>', [])).toEqual([{ text: '<b>x</b>', marked: false }]);
  });
});
