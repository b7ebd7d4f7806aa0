import type { HighlightColour } from '../protocol/generated';

/** A passage to mark on a page's text: where it starts in the folded text (see foldSpaces) and how long it is there. */
export interface Marked {
  id: string;
  start: number;
  length: number;
  colour: HighlightColour;
}

/** A run of a page's text as the reader sees it, in one of their highlights' colours or in none. */
export interface MarkedRun {
  text: string;
  mark: Marked | null;
}

/**
 * Where each character of the folded text (composed, each run of whitespace as one space, none around it) stands in
 * the composed page text, so the server's offsets, which are in the folded text, can be shown on the text as laid out.
 */
function foldedPlaces(composed: string): number[] {
  const places: number[] = [];
  let pendingSpace = -1;
  for (let at = 0; at < composed.length; at++) {
    if (/[\s\u0000]/u.test(composed[at]!)) {
      if (places.length > 0 && pendingSpace < 0) {
        pendingSpace = at;
      }
      continue;
    }
    if (pendingSpace >= 0) {
      places.push(pendingSpace);
      pendingSpace = -1;
    }
    places.push(at);
  }
  return places;
}

/**
 * The page's text (composed, as the server compares it) cut into runs at the reader's highlights. A highlight that
 * overlaps one already laid, or runs past the text, is left unmarked rather than drawn wrong.
 */
export function markedRuns(pageText: string, marks: readonly Marked[]): MarkedRun[] {
  const composed = pageText.normalize('NFC');
  const places = foldedPlaces(composed);
  const runs: MarkedRun[] = [];
  let at = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    const last = mark.start + mark.length - 1;
    if (mark.length <= 0 || mark.start < 0 || last >= places.length) {
      continue;
    }
    const from = places[mark.start]!;
    const to = places[last]! + 1;
    if (from < at) {
      continue;
    }
    if (from > at) {
      runs.push({ text: composed.slice(at, from), mark: null });
    }
    runs.push({ text: composed.slice(from, to), mark });
    at = to;
  }
  if (at < composed.length) {
    runs.push({ text: composed.slice(at), mark: null });
  }
  return runs;
}
