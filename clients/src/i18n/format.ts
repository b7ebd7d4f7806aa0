import { VIETNAM_TIME_ZONE } from '../time/vietnamTime';
import type { Locale } from './translate';

/** Dates, times and numbers shown to people: Vietnamese conventions (vi-VN), in Vietnam time. */
export interface Formats {
  /** "Thứ Ba, 08/12/2026 08:30" */
  dateTime(instant: string): string;
  /** "08:30" */
  time(instant: string): string;
  /** A calendar date `YYYY-MM-DD`: "08/12/2026". */
  date(dateOnly: string): string;
  number(value: number): string;
}

const INTL_LOCALES: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

export function formatsFor(locale: Locale): Formats {
  const tag = INTL_LOCALES[locale];
  const dateTime = new Intl.DateTimeFormat(tag, {
    timeZone: VIETNAM_TIME_ZONE,
    weekday: 'long',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const time = new Intl.DateTimeFormat(tag, {
    timeZone: VIETNAM_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  // A calendar date has no zone: read and print it as UTC so no offset can move it to another day.
  const date = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
  const number = new Intl.NumberFormat(tag);
  return {
    dateTime: (instant) => dateTime.format(new Date(instant)),
    time: (instant) => time.format(new Date(instant)),
    date: (dateOnly) => date.format(new Date(`${dateOnly}T00:00:00Z`)),
    number: (value) => number.format(value),
  };
}
