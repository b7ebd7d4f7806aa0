// Dates and times as people in Vietnam write them — 08/12/2026, 14:30 — whatever the browser's own locale: the
// browser's date and time inputs would show an English-locale Chromium mm/dd/yyyy and a 12-hour clock.
import { isDateOnly } from './vietnamTime';

const SEPARATED_DATE = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4}|\d{2})$/;
const DIGITS_DATE = /^(\d{2})(\d{2})(\d{4})$/;
const SEPARATED_TIME = /^(\d{1,2})\s*[:.hHgG]\s*(\d{2})?$/;
const DIGITS_TIME = /^(\d{1,2})(\d{2})?$/;

/**
 * A date typed day first — `08/12/2026`, `8/12/2026`, `8.12.2026`, `8-12-26`, `08122026` — as `YYYY-MM-DD`, or null
 * when it is no real date. A two-digit year is in this century.
 */
export function parseTypedDate(text: string): string | null {
  const trimmed = text.trim();
  const match = SEPARATED_DATE.exec(trimmed) ?? DIGITS_DATE.exec(trimmed);
  if (!match) {
    return null;
  }
  const [day, month, year] = [match[1], match[2], match[3].length === 2 ? `20${match[3]}` : match[3]];
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isDateOnly(iso) ? iso : null;
}

/** `2026-12-08` as `08/12/2026`. */
export function formatTypedDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * A time on the 24-hour clock — `14:30`, `8:05`, `8.05`, `0805`, `8h05`, `8g`, `8h`, `14` — as `HH:mm`, or null.
 * `h` and `g` (giờ) are how hours are often written in Vietnamese.
 */
export function parseTypedTime(text: string): string | null {
  const trimmed = text.trim();
  const match = SEPARATED_TIME.exec(trimmed) ?? DIGITS_TIME.exec(trimmed);
  if (!match) {
    return null;
  }
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) {
    return null;
  }
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** What is typed, with the separators put in: only for a character added at the end, so editing is never fought. */
function masked(previous: string, next: string, separator: string, groupEnds: readonly RegExp[]): string {
  if (next.length !== previous.length + 1 || !next.startsWith(previous)) {
    return next;
  }
  const typed = next.slice(-1);
  if (/\d/.test(typed)) {
    return groupEnds.some((end) => end.test(next)) ? next + separator : next;
  }
  // A separator of another kind becomes ours, and one typed right after ours is already there.
  if (/[/.\-\s:]/.test(typed)) {
    return previous.endsWith(separator) || previous === '' ? previous : previous + separator;
  }
  return next;
}

/** Typing `08` gives `08/`, then `08/12` gives `08/12/`. */
export function maskDateTyping(previous: string, next: string): string {
  return masked(previous, next, '/', [/^\d{2}$/, /^\d{1,2}\/\d{2}$/]);
}

/** Typing `14` gives `14:` (not `83`, which is no hour: it may be going to be 8:30 typed as 830). */
export function maskTimeTyping(previous: string, next: string): string {
  return masked(previous, next, ':', [/^([01]\d|2[0-3])$/]);
}
