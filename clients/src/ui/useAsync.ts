import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Problem } from './problem';
import { asProblem } from './problemText';

export interface Async<T> {
  data: T | null;
  problem: Problem | null;
  loading: boolean;
  reload(): void;
  /** Replaces the data with what a change returned, without asking the server again. */
  set(data: T): void;
}

/** Loads data for a screen; answers to an older request (the inputs changed meanwhile) are dropped. */
export function useAsync<T>(load: () => Promise<T>, inputs: readonly unknown[]): Async<T> {
  const [data, setData] = useState<T | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(() => {
    const mine = ++generation.current;
    setLoading(true);
    loadRef.current().then(
      (loaded) => {
        if (mine === generation.current) {
          setData(loaded);
          setProblem(null);
          setLoading(false);
        }
      },
      (failure: unknown) => {
        if (mine === generation.current) {
          setProblem(asProblem(failure));
          setLoading(false);
        }
      },
    );
  }, []);

  useEffect(() => {
    setData(null);
    reload();
    return () => {
      generation.current++;
    };
  }, inputs);

  const set = useCallback((next: T) => {
    generation.current++;
    setData(next);
    setLoading(false);
  }, []);

  return { data, problem, loading, reload, set };
}

/**
 * Reads {@code data} again, keeping what it shows meanwhile, each time {@code seq} moves after the first render: a
 * list that follows a place in the sitting's log without losing what is typed beside it.
 */
export function useReloadWhen(seq: number, data: Pick<Async<unknown>, 'reload'>): void {
  const seen = useRef(seq);
  useEffect(() => {
    if (seq !== seen.current) {
      seen.current = seq;
      data.reload();
    }
  }, [seq]);
}
