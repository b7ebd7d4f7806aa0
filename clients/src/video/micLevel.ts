/** How loud a microphone is, as a person reads a level bar: 0 at −60 dBFS or quieter, 1 at full scale. */
export function levelOf(samples: ArrayLike<number>): number {
  if (samples.length === 0) {
    return 0;
  }
  let sum = 0;
  for (let i = 0; i < samples.length; i++) {
    sum += samples[i] * samples[i];
  }
  const rms = Math.sqrt(sum / samples.length);
  if (rms === 0) {
    return 0;
  }
  const decibels = 20 * Math.log10(rms);
  return Math.min(1, Math.max(0, (decibels + FLOOR_DB) / FLOOR_DB));
}

/** Quieter than this counts as silence (a room's hiss on a laptop microphone sits around −50 dBFS). */
const FLOOR_DB = 60;

/** A level at or above this means the microphone hears something: speech is far louder, a dead input far quieter. */
export const HEARD_LEVEL = 0.2;

/** Reads a stream's microphone level whenever asked; closed when the check ends. */
export interface LevelMeter {
  level(): number;
  close(): void;
}

/** The browser's meter: an analyser on the stream's audio, not connected to the speakers (no echo). */
export function browserMeter(stream: MediaStream): LevelMeter {
  const context = new AudioContext();
  void context.resume();
  const source = context.createMediaStreamSource(stream);
  const analyser = context.createAnalyser();
  analyser.fftSize = 1024;
  source.connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  return {
    level: () => {
      analyser.getFloatTimeDomainData(samples);
      return levelOf(samples);
    },
    close: () => {
      source.disconnect();
      void context.close();
    },
  };
}
