// Council times are Vietnam times whatever the browser's zone. Vietnam keeps UTC+7 all year (no daylight saving),
// so conversions are plain arithmetic on the offset.

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const OFFSET_MS = 7 * 60 * 60 * 1000;
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An instant as the value of an `<input type="datetime-local">` in Vietnam time: `2026-12-08T08:30`. */
export function instantToVietnamInput(instant: string): string {
  return new Date(Date.parse(instant) + OFFSET_MS).toISOString().slice(0, 16);
}

/** The instant of a Vietnam wall-clock time typed as `2026-12-08T08:30`, or null if it is not a real time. */
export function vietnamInputToInstant(value: string): string | null {
  const match = LOCAL_INPUT.exec(value);
  if (!match) {
    return null;
  }
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const utc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) {
    return null;
  }
  return new Date(utc - OFFSET_MS).toISOString();
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isDateOnly(value: string): boolean {
  const match = DATE_ONLY.exec(value);
  if (!match) {
    return false;
  }
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today's date in Vietnam, `YYYY-MM-DD`. */
export function vietnamDate(now: Date): string {
  return new Date(now.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The Vietnam date on which an instant falls, `YYYY-MM-DD`. */
export function vietnamDateOf(instant: string): string {
  return vietnamDate(new Date(instant));
}
