import type { TextMark } from '../protocol/generated';

/** A run of a snippet, marked when a search matched it. */
export interface Piece {
  text: string;
  marked: boolean;
}

/**
 * A snippet cut at the server's marks into runs of text, to be shown as text (never as markup). Marks out of order,
 * overlapping or outside the snippet are ignored rather than trusted.
 */
export function pieces(snippet: string, marks: readonly TextMark[]): Piece[] {
  const result: Piece[] = [];
  let at = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    const end = mark.start + mark.length;
    if (mark.start < at || mark.length <= 0 || end > snippet.length) {
      continue;
    }
    if (mark.start > at) {
      result.push({ text: snippet.slice(at, mark.start), marked: false });
    }
    result.push({ text: snippet.slice(mark.start, end), marked: true });
    at = end;
  }
  if (at < snippet.length) {
    result.push({ text: snippet.slice(at), marked: false });
  }
  return result;
}
