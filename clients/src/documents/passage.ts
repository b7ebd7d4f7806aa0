/**
 * A passage quoted from a page's text is compared as the server does: composed (NFC), each run of whitespace as one
 * space, none around it (a selection in the browser breaks its lines where the page did not).
 */
export function foldSpaces(text: string): string {
  return text.normalize('NFC').replace(/[\s\u0000]+/gu, ' ').trim();
}

/** Where the quote starts in the page's folded text, or -1 when it is not on the page. */
export function quoteStart(pageText: string, quote: string): number {
  const wanted = foldSpaces(quote);
  return wanted === '' ? -1 : foldSpaces(pageText).indexOf(wanted);
}

/** The states a comment can be answered with, in the order the secretariat's buttons show them. */
export const ANSWERS = ['ANSWERED', 'ACCEPTED', 'EXPLAINED'] as const;
