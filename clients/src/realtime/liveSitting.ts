import type { AgendaItem, AttendanceEntry, Ballot, SittingEvent, SittingView, SpeakerEntry } from '../protocol/generated';

/**
 * What a live screen shows of one sitting: the snapshot plus every event applied to it, in seq order. Each feature
 * (the agenda now; attendance, speakers, ballots, documents, video as they come) keeps its part of the state and
 * applies its own events through its reducer.
 */
export interface LiveSitting {
  readonly view: SittingView;
  /** The highest seq applied; a reconnect subscribes after it. */
  readonly appliedSeq: number;
}

/** One feature's events applied to the sitting's state; it returns the state unchanged for what it does not know. */
export type Reducer = (view: SittingView, event: SittingEvent) => SittingView;

export function liveSittingFrom(view: SittingView): LiveSitting {
  return { view, appliedSeq: view.lastSeq };
}

/**
 * Applies one event. Events for another sitting, and events at or below the applied seq (replayed after a resume,
 * or delivered twice), leave the state as it is — the same object, so screens do not re-render. A later seq may
 * skip numbers: the server leaves out events the viewer may not see (drafts, closed items).
 */
export function applyEvent(live: LiveSitting, event: SittingEvent): LiveSitting {
  if (event.sittingId !== live.view.sitting.id || event.seq <= live.appliedSeq) {
    return live;
  }
  return { view: { ...REDUCERS[event.type](live.view, event), lastSeq: event.seq }, appliedSeq: event.seq };
}

export function currentItem(view: SittingView): AgendaItem | null {
  return view.agenda.find((item) => item.id === view.sitting.currentItemId) ?? null;
}

export function nextItem(view: SittingView): AgendaItem | null {
  return view.agenda.find((item) => item.id === view.sitting.nextItemId) ?? null;
}

/** The sitting and its agenda. */
const agendaReducer: Reducer = (view, event) => {
  switch (event.type) {
    case 'sitting.updated':
    case 'sitting.started':
    case 'sitting.ended':
      return { ...view, sitting: event.sitting };
    case 'agenda.added':
    case 'agenda.updated':
    case 'agenda.published':
      return { ...view, agenda: withItem(view.agenda, event.item) };
    case 'agenda.removed':
      return { ...view, agenda: view.agenda.filter((item) => item.id !== event.itemId) };
    case 'agenda.current':
      return {
        ...view,
        sitting: {
          ...view.sitting,
          currentItemId: event.itemId,
          currentItemClosed: event.closed,
          nextItemId: event.nextItemId,
        },
      };
    default:
      return view;
  }
};

/**
 * Đăng ký phát biểu: the requests that changed, as they now stand (their new state and position in the server's
 * order), replace the ones this screen holds; the rest of the queue stays as it was.
 */
const speakersReducer: Reducer = (view, event) => {
  if (event.type !== 'speakers.changed') return view;
  const changed = new Set(event.requests.map((entry) => entry.id));
  return { ...view, speakers: [...view.speakers.filter((entry) => !changed.has(entry.id)), ...event.requests] };
};

/** Notices of the secretariat, oldest first (each screen keeps which ones its reader dismissed). */
const noticesReducer: Reducer = (view, event) =>
  event.type === 'notice.sent' && !view.notices.some((notice) => notice.id === event.notice.id)
    ? { ...view, notices: [...view.notices, event.notice] }
    : view;

/** Điểm danh điểm cầu: the latest roll call of sites, as it now stands. */
const rollCallReducer: Reducer = (view, event) => (event.type === 'rollcall.changed' ? { ...view, rollCall: event.rollCall } : view);

/** Điểm danh: the board of elected delegates and the quorum line. */
const attendanceReducer: Reducer = (view, event) =>
  event.type === 'attendance.changed'
    ? { ...view, attendance: withEntry(view.attendance, event.entry), quorum: event.quorum }
    : view;

/**
 * Biểu quyết: each ballot as it now stands (with its result once closed), how many have voted on an open one (staff
 * only), the ballots the reader may vote on (present at their opening), and the reader's own recorded votes (what they
 * said on named ballots only).
 */
const ballotsReducer: Reducer = (view, event) => {
  switch (event.type) {
    case 'ballot.changed':
      return { ...view, ballots: withBallot(view.ballots, event.ballot) };
    case 'ballot.progress':
      return {
        ...view,
        ballotProgress: [
          ...view.ballotProgress.filter((progress) => progress.ballotId !== event.ballotId),
          { ballotId: event.ballotId, voted: event.voted, entitled: event.entitled },
        ],
      };
    case 'ballot.entitled':
      return view.entitledBallots.includes(event.ballotId)
        ? view
        : { ...view, entitledBallots: [...view.entitledBallots, event.ballotId] };
    case 'ballot.recorded':
      return {
        ...view,
        ownVotes: [
          ...view.ownVotes.filter((vote) => vote.ballotId !== event.ballotId),
          { ballotId: event.ballotId, secret: event.secret, choice: event.choice, marks: event.marks },
        ],
      };
    default:
      return view;
  }
};

/** Trình chiếu: the page presented now, as this viewer may see it (only that one is on, for a document not theirs). */
const presentationReducer: Reducer = (view, event) =>
  event.type === 'presentation.changed' ? { ...view, presentation: event.presentation } : view;

/** The documents listed changed: where, in the log, so that a shelf reads its list again when this moves. */
const documentsReducer: Reducer = (view, event) =>
  event.type === 'documents.changed' ? { ...view, documentsSeq: event.seq } : view;

/** The staff's: documents were read (opened, or read further), so that a list of who has read what reads again. */
const readsReducer: Reducer = (view, event) => (event.type === 'documents.read' ? { ...view, readsSeq: event.seq } : view);

/** A comment this viewer sees was sent or answered: where, in the log, so that a list of comments reads again. */
const commentsReducer: Reducer = (view, event) =>
  event.type === 'comments.changed' ? { ...view, commentsSeq: event.seq } : view;

/** Which feature applies each event type: a new event type does not compile until it has its reducer. */
const REDUCERS: Record<SittingEvent['type'], Reducer> = {
  'sitting.updated': agendaReducer,
  'sitting.started': agendaReducer,
  'sitting.ended': agendaReducer,
  'agenda.added': agendaReducer,
  'agenda.updated': agendaReducer,
  'agenda.published': agendaReducer,
  'agenda.removed': agendaReducer,
  'agenda.current': agendaReducer,
  'attendance.changed': attendanceReducer,
  'speakers.changed': speakersReducer,
  'notice.sent': noticesReducer,
  'rollcall.changed': rollCallReducer,
  'ballot.changed': ballotsReducer,
  'ballot.progress': ballotsReducer,
  'ballot.entitled': ballotsReducer,
  'ballot.recorded': ballotsReducer,
  'presentation.changed': presentationReducer,
  'documents.changed': documentsReducer,
  'documents.read': readsReducer,
  'comments.changed': commentsReducer,
};

/** An item's queue in the server's order. */
export function queueOf(view: SittingView, itemId: string | null): SpeakerEntry[] {
  return view.speakers.filter((entry) => entry.itemId === itemId).sort((a, b) => a.position - b.position);
}

/** Who holds the floor, if anyone. */
export function onTheFloor(view: SittingView): SpeakerEntry | null {
  return view.speakers.find((entry) => entry.state === 'SPEAKING') ?? null;
}

/** Adds or replaces a ballot, keeping the server's order (oldest first). */
function withBallot(ballots: readonly Ballot[], ballot: Ballot): Ballot[] {
  return ballots.some((existing) => existing.id === ballot.id)
    ? ballots.map((existing) => (existing.id === ballot.id ? ballot : existing))
    : [...ballots, ballot];
}

/** Replaces a delegate's line, keeping the board's order (by name, as the server sent it). */
function withEntry(board: readonly AttendanceEntry[], entry: AttendanceEntry): AttendanceEntry[] {
  return board.some((line) => line.membershipId === entry.membershipId)
    ? board.map((line) => (line.membershipId === entry.membershipId ? entry : line))
    : [...board, entry];
}

/**
 * Adds or replaces an item, then orders the agenda by `position`: a reorder arrives as one `agenda.updated` per moved
 * item, each with its new position (and number).
 */
function withItem(agenda: readonly AgendaItem[], item: AgendaItem): AgendaItem[] {
  return [...agenda.filter((existing) => existing.id !== item.id), item].sort((a, b) => a.position - b.position);
}
