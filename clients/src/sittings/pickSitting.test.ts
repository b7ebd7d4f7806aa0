import { describe, expect, it } from 'vitest';
import type { Session, Sitting } from '../protocol/generated';
import { aSitting } from '../testing/fixtures';
import { loadOrganisationSittings, pickSitting, sessionsWorthListing } from './pickSitting';

const now = new Date('2026-12-08T03:00:00Z'); // 10:00 on 8 December in Vietnam

function session(id: string, startsOn: string, endsOn: string): Session {
  return { id, organisationId: 'org-1', name: id, number: 1, startsOn, endsOn, version: 0 };
}

describe('picking the sitting to show', () => {
  it('prefers the sitting in progress', () => {
    const sittings = [
      aSitting({ id: 'morning', startsAt: '2026-12-08T01:00:00Z', state: 'ENDED' }),
      aSitting({ id: 'afternoon', startsAt: '2026-12-08T07:00:00Z', state: 'PLANNED' }),
      aSitting({ id: 'yesterday', startsAt: '2026-12-07T01:00:00Z', state: 'IN_PROGRESS' }),
    ];
    expect(pickSitting(sittings, now)?.id).toBe('yesterday');
  });

  it('otherwise takes the next planned sitting from today on, including earlier today', () => {
    const sittings = [
      aSitting({ id: 'tomorrow', startsAt: '2026-12-09T01:00:00Z' }),
      aSitting({ id: 'early-today', startsAt: '2026-12-07T23:30:00Z' }),
      aSitting({ id: 'stale', startsAt: '2026-12-01T01:00:00Z' }),
    ];
    expect(pickSitting(sittings, now)?.id).toBe('early-today');
  });

  it('falls back to the most recent sitting, and to nothing without sittings', () => {
    const sittings = [
      aSitting({ id: 'first', startsAt: '2026-11-01T01:00:00Z', state: 'ENDED' }),
      aSitting({ id: 'last', startsAt: '2026-11-02T01:00:00Z', state: 'ENDED' }),
    ];
    expect(pickSitting(sittings, now)?.id).toBe('last');
    expect(pickSitting([], now)).toBeNull();
  });
});

describe('listing an organisation sittings', () => {
  it('reads sessions that have not ended yet, or else the latest one', () => {
    const past = session('past', '2026-07-01', '2026-07-03');
    const older = session('older', '2025-12-01', '2025-12-03');
    const coming = session('coming', '2026-12-08', '2026-12-10');
    expect(sessionsWorthListing([past, coming, older], '2026-12-08')).toEqual([coming]);
    expect(sessionsWorthListing([past, older], '2026-12-08')).toEqual([past]);
    expect(sessionsWorthListing([], '2026-12-08')).toEqual([]);
  });

  it('gathers the sittings of those sessions in time order', async () => {
    const sittingsBySession: Record<string, Sitting[]> = {
      a: [aSitting({ id: 'a2', startsAt: '2026-12-09T01:00:00Z' })],
      b: [aSitting({ id: 'b1', startsAt: '2026-12-08T01:00:00Z' })],
    };
    const asked: string[] = [];
    const sittings = await loadOrganisationSittings(
      {
        sessions: async () => [session('a', '2026-12-08', '2026-12-10'), session('b', '2026-12-08', '2026-12-08')],
        sittings: async (sessionId) => {
          asked.push(sessionId);
          return sittingsBySession[sessionId];
        },
      },
      'org-1',
      now,
    );
    expect(sittings.map((sitting) => sitting.id)).toEqual(['b1', 'a2']);
    expect(asked.sort()).toEqual(['a', 'b']);
  });
});
