import type { Session, Sitting } from '../protocol/generated';
import { vietnamDate, vietnamDateOf } from '../time/vietnamTime';

const byStart = (a: Sitting, b: Sitting) => a.startsAt.localeCompare(b.startsAt);

/**
 * The sitting a delegate's screen opens on: the one in progress; else the next planned one from today on
 * (Vietnam date); else the most recent one.
 */
export function pickSitting(sittings: readonly Sitting[], now: Date): Sitting | null {
  const ordered = [...sittings].sort(byStart);
  const today = vietnamDate(now);
  return (
    ordered.find((sitting) => sitting.state === 'IN_PROGRESS') ??
    ordered.find((sitting) => sitting.state === 'PLANNED' && vietnamDateOf(sitting.startsAt) >= today) ??
    ordered.at(-1) ??
    null
  );
}

/** Sessions that have not ended by `today`; when all have, the latest one, so its sittings can still be read. */
export function sessionsWorthListing(sessions: readonly Session[], today: string): Session[] {
  const open = sessions.filter((session) => session.endsOn >= today);
  if (open.length > 0) {
    return open;
  }
  const latest = [...sessions].sort((a, b) => a.startsOn.localeCompare(b.startsOn)).at(-1);
  return latest ? [latest] : [];
}

export interface SittingSource {
  sessions(organisationId: string): Promise<Session[]>;
  sittings(sessionId: string): Promise<Sitting[]>;
}

/** An organisation's current sittings in time order, read session by session. */
export async function loadOrganisationSittings(source: SittingSource, organisationId: string, now: Date): Promise<Sitting[]> {
  const sessions = sessionsWorthListing(await source.sessions(organisationId), vietnamDate(now));
  const lists = await Promise.all(sessions.map((session) => source.sittings(session.id)));
  return lists.flat().sort(byStart);
}
