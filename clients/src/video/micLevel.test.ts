import { describe, expect, it } from 'vitest';
import { HEARD_LEVEL, levelOf } from './micLevel';

function sine(amplitude: number, length = 1024): Float32Array {
  return Float32Array.from({ length }, (_, i) => amplitude * Math.sin((2 * Math.PI * i) / 32));
}

describe('the microphone level', () => {
  it('is 0 for silence and for nothing at all', () => {
    expect(levelOf(new Float32Array(1024))).toBe(0);
    expect(levelOf([])).toBe(0);
  });

  it('is 1 at full scale and never more', () => {
    expect(levelOf(new Float32Array(512).fill(1))).toBe(1);
    expect(levelOf(new Float32Array(512).fill(-3))).toBe(1);
  });

  it('follows decibels: a tenth of the amplitude is a third of the bar lower', () => {
    // A sine's RMS is its amplitude over √2: 0.5 → −9.03 dBFS, 0.05 → −29.03 dBFS.
    expect(levelOf(sine(0.5))).toBeCloseTo(1 - 9.03 / 60, 2);
    expect(levelOf(sine(0.05))).toBeCloseTo(1 - 29.03 / 60, 2);
  });

  it('tells a speaking voice from a room hiss', () => {
    expect(levelOf(sine(0.1))).toBeGreaterThan(HEARD_LEVEL);
    expect(levelOf(sine(0.002))).toBeLessThan(HEARD_LEVEL);
  });
});
