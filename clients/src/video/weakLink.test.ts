import { describe, expect, it } from 'vitest';
import { WeakLinkWatch } from './weakLink';

describe('watching whether the link is too weak for the pictures', () => {
  const rule = { lossFrom: 0.1, looks: 2, fewestPackets: 30 };

  it('judges weak only after as many weak looks in a row as the rule says, a good look starting over', () => {
    const watch = new WeakLinkWatch(rule);
    expect(watch.look({ packetsReceived: 0, packetsLost: 0 })).toBe(false);
    expect(watch.look({ packetsReceived: 90, packetsLost: 10 })).toBe(false);
    expect(watch.look({ packetsReceived: 190, packetsLost: 11 })).toBe(false);
    expect(watch.look({ packetsReceived: 280, packetsLost: 21 })).toBe(false);
    expect(watch.look({ packetsReceived: 370, packetsLost: 31 })).toBe(true);
  });

  it('judges nothing from too few packets or from totals that went back, and forgets on reset', () => {
    const watch = new WeakLinkWatch(rule);
    watch.look({ packetsReceived: 0, packetsLost: 0 });
    expect(watch.look({ packetsReceived: 10, packetsLost: 10 })).toBe(false);
    expect(watch.look({ packetsReceived: 15, packetsLost: 14 })).toBe(false);
    expect(watch.look({ packetsReceived: 5, packetsLost: 0 })).toBe(false);
    expect(watch.look({ packetsReceived: 50, packetsLost: 10 })).toBe(false);
    expect(watch.look({ packetsReceived: 95, packetsLost: 20 })).toBe(true);
    watch.reset();
    expect(watch.look({ packetsReceived: 200, packetsLost: 60 })).toBe(false);
  });
});
