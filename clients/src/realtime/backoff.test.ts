import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './backoff';

describe('reconnect delay', () => {
  it('doubles from one second and stops growing at fifteen', () => {
    const ceilings = [0, 1, 2, 3, 4, 5, 10].map((attempt) => reconnectDelay(attempt, () => 1));
    expect(ceilings).toEqual([1000, 2000, 4000, 8000, 15000, 15000, 15000]);
  });

  it('spreads attempts over the upper half of the ceiling', () => {
    expect(reconnectDelay(2, () => 0)).toBe(2000);
    expect(reconnectDelay(2, () => 0.5)).toBe(3000);
  });
});
