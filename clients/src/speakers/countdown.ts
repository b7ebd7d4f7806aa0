import type { SpeakerEntry } from '../protocol/generated';

/** When to warn the speaker that their time is nearly up. */
export const WARNING_MS = 30_000;

/**
 * Milliseconds left of a speech: to its deadline on the server's clock while speaking (`serverNow` is this device's
 * time corrected by its measured offset), the time it kept while paused; negative once the time is up.
 */
export function remainingMs(entry: SpeakerEntry, serverNow: number): number | null {
  if (entry.state === 'SPEAKING' && entry.deadline !== null) {
    return Date.parse(entry.deadline) - serverNow;
  }
  if (entry.state === 'PAUSED' && entry.remainingMillis !== null) {
    return entry.remainingMillis;
  }
  return null;
}

/** `4:05`, and `+0:12` past the time; rounded so that a screen shows 0:00 only when the time is up. */
export function clockText(ms: number): string {
  const over = ms < 0;
  const seconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return over ? `+${text}` : text;
}
