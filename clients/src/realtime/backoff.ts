const FIRST_DELAY_MS = 1_000;
const LONGEST_DELAY_MS = 15_000;

/**
 * How long to wait before reconnect attempt `attempt` (0 for the first): doubling from one second up to fifteen,
 * spread over the upper half of that ceiling so that a hundred sites dropped by the same outage do not all knock
 * at the same instant.
 */
export function reconnectDelay(attempt: number, random: () => number): number {
  const ceiling = Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
