import type { AgendaItem, Permission, Sitting, SittingView } from '../protocol/generated';

export function aSitting(overrides: Partial<Sitting> = {}): Sitting {
  return {
    id: 'sit-1',
    sessionId: 'ses-1',
    organisationId: 'org-1',
    title: 'Phiên khai mạc',
    startsAt: '2026-12-08T01:30:00Z',
    endsAt: null,
    place: 'Hội trường tỉnh',
    closed: false,
    state: 'PLANNED',
    currentItemId: null,
    currentItemClosed: false,
    nextItemId: null,
    agendaPublishedAt: null,
    lastSeq: 10,
    version: 0,
    ...overrides,
  };
}

/** A published item whose position and number are both `number`. */
export function anItem(id: string, number: number, overrides: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id,
    sittingId: 'sit-1',
    position: number,
    number,
    title: `Nội dung ${number}`,
    description: null,
    presenter: null,
    estimatedMinutes: null,
    closed: false,
    state: 'PUBLISHED',
    addedLate: false,
    version: 0,
    ...overrides,
  };
}

export function aView(
  agenda: AgendaItem[],
  sitting: Partial<Sitting> = {},
  permissions: Permission[] = ['VIEW', 'VIEW_CLOSED'],
): SittingView {
  const theSitting = aSitting(sitting);
  return {
    organisation: { id: 'org-1', name: 'HĐND tỉnh Quảng Nam', kind: 'COUNCIL', level: 'province', parentId: null, version: 0, quorumNumerator: 2, quorumDenominator: 3 },
    session: {
      id: 'ses-1',
      organisationId: 'org-1',
      name: 'Kỳ họp thứ 12',
      number: 12,
      startsOn: '2026-12-08',
      endsOn: '2026-12-10',
      version: 0,
    },
    sitting: theSitting,
    agenda,
    lastSeq: theSitting.lastSeq,
    permissions,
    attendance: [],
    quorum: { present: 0, totalElected: 0, required: 0, quorate: false },
    speakers: [],
    notices: [],
    rollCall: null,
    operatedSites: [],
  };
}
