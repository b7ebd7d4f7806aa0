import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../app/services';
import type { SittingState } from './sittingStore';

const NOTHING_YET: SittingState = { live: null, problem: null };

/** The live state of one sitting, shared with every other panel of the tab that shows it. */
export function useSitting(sittingId: string | null): SittingState {
  const { sittings } = useServices();
  const [state, setState] = useState<SittingState>(NOTHING_YET);
  useEffect(() => {
    if (sittingId === null) {
      setState(NOTHING_YET);
      return undefined;
    }
    const { store, release } = sittings.retain(sittingId);
    setState(store.current());
    const stopListening = store.onChange(setState);
    return () => {
      stopListening();
      release();
    };
  }, [sittingId, sittings]);
  return state;
}
