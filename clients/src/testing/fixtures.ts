import type { AgendaItem, Ballot, BallotResult, DocumentEntry, Permission, Sitting, SittingView } from '../protocol/generated';

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
    ballots: [],
    ballotProgress: [],
    ownVotes: [],
    entitledBallots: [],
    presentation: null,
    documentsSeq: 0,
    readsSeq: 0,
    commentsSeq: 0,
  };
}

/** A named motion on item `it-1`, open, counted against 58 elected with 53 present. */
export function aBallot(overrides: Partial<Ballot> = {}): Ballot {
  return {
    id: 'bal-1',
    sittingId: 'sit-1',
    itemId: 'it-1',
    kind: 'MOTION',
    title: 'Nghị quyết về dự toán ngân sách năm 2027',
    secret: false,
    changeAllowed: true,
    rule: { bound: 'MORE_THAN', numerator: 1, denominator: 2, base: 'TOTAL_ELECTED' },
    ruleDescription: 'Quá 1/2 tổng số đại biểu',
    options: [
      { mark: 'YES', label: 'Tán thành' },
      { mark: 'NO', label: 'Không tán thành' },
      { mark: 'ABSTAIN', label: 'Không biểu quyết' },
    ],
    nominees: [],
    seats: null,
    electionMode: null,
    round: null,
    state: 'OPEN',
    createdAt: '2026-12-08T01:00:00Z',
    openedAt: '2026-12-08T02:00:00Z',
    closesAt: null,
    closedAt: null,
    publishedAt: null,
    annulledAt: null,
    annulReason: null,
    rerunOf: null,
    previousBallotId: null,
    totalElected: 58,
    entitled: 53,
    result: null,
    ...overrides,
  };
}

/** The result of 58 elected, 53 present: 29 in favour (50.00 % of the total: not passed), 4 against, 20 did not vote. */
export const NOT_PASSED_29_OF_58: BallotResult = {
  turnout: {
    totalElected: 58,
    present: 53,
    issued: 33,
    returned: 33,
    valid: 33,
    invalid: 0,
    voted: { mark: 'VOTED', label: 'Đã biểu quyết', count: 33, percentOfTotal: '56.90', percentOfPresent: '62.26' },
    didNotVote: { mark: 'DID_NOT_VOTE', label: 'Không tham gia biểu quyết', count: 20, percentOfTotal: '34.48', percentOfPresent: '37.74' },
  },
  thresholds: [
    { label: 'Ngưỡng thông qua', rule: 'Quá 1/2 tổng số đại biểu', base: 58, votesNeeded: 30, description: 'Quá 1/2 tổng số đại biểu (58): cần 30 phiếu' },
  ],
  lines: [
    {
      nomineeId: null,
      name: null,
      counts: [
        { mark: 'YES', label: 'Tán thành', count: 29, percentOfTotal: '50.00', percentOfPresent: '54.72' },
        { mark: 'NO', label: 'Không tán thành', count: 4, percentOfTotal: '6.90', percentOfPresent: '7.55' },
        { mark: 'ABSTAIN', label: 'Không biểu quyết', count: 0, percentOfTotal: '0.00', percentOfPresent: '0.00' },
      ],
      outcome: 'NOT_PASSED',
      outcomeLabel: 'Không thông qua',
    },
  ],
  outcome: 'NOT_PASSED',
  outcomeLabel: 'Không thông qua',
  tallies: [
    {
      source: 'ELECTRONIC',
      label: 'Phiếu điện tử',
      issued: 33,
      returned: 33,
      valid: 33,
      invalid: 0,
      marks: [
        { nomineeId: null, mark: 'YES', count: 29 },
        { nomineeId: null, mark: 'NO', count: 4 },
      ],
      entry: null,
      enteredAt: null,
    },
  ],
};

/** A document of the sitting as its reader gets it: a watermarked submission of five pages, not yet read. */
export function aDocumentEntry(id: string, title: string, overrides: Partial<DocumentEntry> = {}): DocumentEntry {
  return {
    id,
    sittingId: 'sit-1',
    agendaItemId: null,
    wholeSession: false,
    kind: 'SUBMISSION',
    position: 1,
    title,
    access: 'DELEGATES',
    readerIds: [],
    releaseAt: null,
    downloadAllowed: false,
    printAllowed: true,
    withdrawnAt: null,
    version: 1,
    fileName: `${title}.pdf`,
    bytes: 1000,
    pages: 5,
    searchableText: true,
    watermarked: true,
    readByMe: false,
    readVersion: null,
    signatures: [],
    ...overrides,
  };
}
