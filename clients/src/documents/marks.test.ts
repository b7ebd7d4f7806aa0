import { describe, expect, it } from 'vitest';
import { markedRuns, type Marked } from './marks';
import { foldSpaces, quoteStart } from './passage';

const PAGE = '  Điều 1. Mức thu phí\n   là 50.000 đồng\u00a0mỗi lượt khách.\n';

function markOf(id: string, quote: string, colour: Marked['colour'] = 'YELLOW'): Marked {
  return { id, start: quoteStart(PAGE, quote), length: foldSpaces(quote).length, colour };
}

describe('highlights laid on a page’s text', () => {
  it('marks the passage where it stands in the text as laid out, line breaks and spaces kept', () => {
    const runs = markedRuns(PAGE, [markOf('a-1', 'phí là 50.000')]);
    expect(runs.map((run) => run.text).join('')).toBe(PAGE);
    expect(runs.filter((run) => run.mark).map((run) => [run.text, run.mark!.id])).toEqual([['phí\n   là 50.000', 'a-1']]);
  });

  it('marks several in the order of the text, each in its colour', () => {
    const runs = markedRuns(PAGE, [markOf('late', 'lượt khách.', 'PINK'), markOf('early', 'Điều 1.', 'GREEN')]);
    expect(runs.filter((run) => run.mark).map((run) => `${run.text}:${run.mark!.colour}`)).toEqual([
      'Điều 1.:GREEN',
      'lượt khách.:PINK',
    ]);
    expect(runs[0]).toEqual({ text: '  ', mark: null });
  });

  it('finds composed places for a decomposed page text', () => {
    const runs = markedRuns(PAGE.normalize('NFD'), [markOf('a-1', 'Mức thu')]);
    expect(runs.find((run) => run.mark)?.text).toBe('Mức thu');
  });

  it('leaves unmarked what overlaps an earlier highlight or runs past the text', () => {
    const runs = markedRuns(PAGE, [
      markOf('first', 'Mức thu phí'),
      markOf('overlap', 'thu phí là'),
      { id: 'past', start: 40, length: 500, colour: 'BLUE' },
    ]);
    expect(runs.filter((run) => run.mark).map((run) => run.mark!.id)).toEqual(['first']);
    expect(runs.map((run) => run.text).join('')).toBe(PAGE);
  });
});
