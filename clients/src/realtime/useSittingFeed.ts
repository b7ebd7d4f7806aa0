import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../app/services';
import { SittingFeed, type FeedState } from './sittingFeed';

const NOTHING_YET: FeedState = { live: null, problem: null };

/** The live state of one sitting for as long as the calling screen shows it. */
export function useSittingFeed(sittingId: string | null): FeedState {
  const { api, realtime, timers, random } = useServices();
  const [state, setState] = useState<FeedState>(NOTHING_YET);
  useEffect(() => {
    setState(NOTHING_YET);
    if (sittingId === null) {
      return undefined;
    }
    const feed = new SittingFeed(sittingId, {
      loadView: (id) => api.sittingView(id),
      realtime,
      timers,
      random,
    });
    const stopListening = feed.onChange(setState);
    feed.start();
    return () => {
      stopListening();
      feed.stop();
    };
  }, [sittingId, api, realtime, timers, random]);
  return state;
}
