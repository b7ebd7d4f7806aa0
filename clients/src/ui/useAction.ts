import { useState } from 'preact/hooks';
import type { Problem } from './problem';
import { asProblem } from './problemText';

/** Runs one button's request at a time and keeps what went wrong to show beside the buttons. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  return {
    busy,
    problem,
    async run(action: () => Promise<unknown>): Promise<void> {
      setBusy(true);
      setProblem(null);
      try {
        await action();
      } catch (failure) {
        setProblem(asProblem(failure));
      } finally {
        setBusy(false);
      }
    },
  };
}
