/** What a screen has received of the others' video so far, all feeds together (the browser's running totals). */
export interface VideoReceived {
  packetsReceived: number;
  packetsLost: number;
}

/** How weak a link must be, for how long, before the screen takes the others' sound only. */
export interface WeakLinkRule {
  /** The share of video packets lost in a look, from which the look counts as weak. */
  lossFrom: number;
  /** Weak looks in a row before the link is judged weak. */
  looks: number;
  /** A look with fewer video packets than this (no picture flowing) judges nothing. */
  fewestPackets: number;
}

/** A tenth of the picture lost, three looks in a row (about six seconds at a look each two seconds). */
export const WEAK_LINK: WeakLinkRule = { lossFrom: 0.1, looks: 3, fewestPackets: 30 };

/**
 * Watches a screen's reception of video look after look and says when the link has been weak long enough that the
 * pictures should give way to the sound: on a weak commune link the sound must survive when the video cannot.
 */
export class WeakLinkWatch {
  private last: VideoReceived | null = null;
  private weakLooks = 0;

  constructor(private readonly rule: WeakLinkRule = WEAK_LINK) {}

  /** Takes one look at the totals; true once the link has been weak for as many looks in a row as the rule says. */
  look(total: VideoReceived): boolean {
    const last = this.last;
    this.last = total;
    if (last === null) {
      return false;
    }
    const received = total.packetsReceived - last.packetsReceived;
    const lost = total.packetsLost - last.packetsLost;
    // Totals that went back (a feed's connection replaced) or too few packets to judge say nothing either way.
    if (received < 0 || lost < 0 || received + lost < this.rule.fewestPackets) {
      return this.weakLooks >= this.rule.looks;
    }
    this.weakLooks = lost / (received + lost) >= this.rule.lossFrom ? this.weakLooks + 1 : 0;
    return this.weakLooks >= this.rule.looks;
  }

  /** Starts over: the pictures were taken again, or the call began. */
  reset(): void {
    this.last = null;
    this.weakLooks = 0;
  }
}
