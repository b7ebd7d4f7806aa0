// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ballot, BallotResult, SittingView } from '../protocol/generated';
import { aBallot, aView, anItem, NOT_PASSED_29_OF_58 } from '../testing/fixtures';
import { byTestId, click, mountOnline, settle, type, unmount } from '../testing/testApp';
import { BallotConsole } from './BallotConsole';

function chairView(overrides: Partial<SittingView> = {}): SittingView {
  return {
    ...aView([anItem('it-1', 1), anItem('it-2', 2, { title: 'Kế hoạch đầu tư công' })], { state: 'IN_PROGRESS', currentItemId: 'it-2' }, [
      'VIEW',
      'VIEW_CLOSED',
      'VIEW_DRAFTS',
      'PREPARE_BALLOTS',
      'CONDUCT_BALLOTS',
    ]),
    ...overrides,
  };
}

const HAI = { id: 'nom-1', name: 'Ông Hoàng Văn Hải' };
const HOA = { id: 'nom-2', name: 'Bà Đỗ Thị Hoa' };
const HUNG = { id: 'nom-3', name: 'Ông Vũ Văn Hùng' };

/** An announced first round of two among Hải, Hoa and Hùng, with each candidate's outcome as given. */
function announcedRound(outcome: string, outcomes: [string, string, string]): Ballot {
  const result: BallotResult = {
    ...NOT_PASSED_29_OF_58,
    thresholds: [],
    lines: [HAI, HOA, HUNG].map((nominee, i) => ({
      nomineeId: nominee.id,
      name: nominee.name,
      counts: [],
      outcome: outcomes[i]!,
      outcomeLabel: outcomes[i]!,
    })),
    outcome,
    outcomeLabel: outcome,
  };
  return aBallot({
    kind: 'ELECTION',
    title: 'Bầu Ủy viên Thường trực HĐND',
    secret: true,
    changeAllowed: false,
    options: [{ mark: 'YES', label: 'Bầu' }],
    nominees: [HAI, HOA, HUNG],
    seats: 2,
    electionMode: 'APPROVAL',
    round: 1,
    state: 'PUBLISHED',
    closedAt: '2026-12-08T02:05:00Z',
    publishedAt: '2026-12-08T02:06:00Z',
    result,
  });
}

const TIED = announcedRound('TIE_FOR_LAST_SEATS', ['ELECTED', 'TIED', 'TIED']);

/** The second round the server prepares after {@link TIED}: one seat between Hoa and Hùng. */
const SECOND_ROUND = aBallot({
  ...TIED,
  id: 'bal-2',
  nominees: [HOA, HUNG],
  seats: 1,
  round: 2,
  previousBallotId: 'bal-1',
  state: 'DRAFT',
  openedAt: null,
  closedAt: null,
  publishedAt: null,
  totalElected: null,
  entitled: null,
  result: null,
});

describe('the chair’s ballots', () => {
  let container: HTMLElement;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  async function online(view: SittingView) {
    const mounted = await mountOnline(<BallotConsole view={view} />);
    container = mounted.container;
    return mounted;
  }

  it('prepares a ballot on the item under discussion', async () => {
    const { services, sockets } = await online(chairView());
    await click(byTestId(container, 'ballot-prepare'));
    expect((byTestId<HTMLSelectElement>(container, 'ballot-item')).value).toBe('it-2');
    expect((byTestId<HTMLInputElement>(container, 'ballot-title')).value).toBe('Kế hoạch đầu tư công');
    await type(byTestId<HTMLInputElement>(container, 'ballot-title'), 'Thông qua kế hoạch đầu tư công');
    await click(byTestId(container, 'ballot-create'));
    expect(sockets.latest.sentOfType('ballot.create')).toMatchObject([
      {
        sittingId: 'sit-1',
        itemId: 'it-2',
        kind: 'MOTION',
        title: 'Thông qua kế hoạch đầu tư công',
        secret: false,
        rule: { bound: 'MORE_THAN', numerator: 1, denominator: 2, base: 'TOTAL_ELECTED' },
        nominees: [],
      },
    ]);
    services.realtime.stop();
  });

  it('opens a draft, follows how many voted, closes and announces', async () => {
    const draft = await online(chairView({ ballots: [aBallot({ state: 'DRAFT', openedAt: null })] }));
    await click(byTestId(container, 'ballot-open'));
    expect(draft.sockets.latest.sentOfType('ballot.open')).toMatchObject([{ ballotId: 'bal-1' }]);
    draft.services.realtime.stop();
    unmount(container);

    const open = await online(chairView({ ballots: [aBallot()], ballotProgress: [{ ballotId: 'bal-1', voted: 17, entitled: 53 }] }));
    expect(byTestId(container, 'ballot-progress').textContent).toBe('Đã biểu quyết: 17/53 đại biểu');
    await click(byTestId(container, 'ballot-close'));
    expect(open.sockets.latest.sentOfType('ballot.close')).toMatchObject([{ ballotId: 'bal-1' }]);
    open.services.realtime.stop();
  });

  it('opens a ballot with a countdown and shows the time left on the server’s clock', async () => {
    const draft = await online(chairView({ ballots: [aBallot({ state: 'DRAFT', openedAt: null })] }));
    const select = byTestId<HTMLSelectElement>(container, 'ballot-countdown');
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'Không giới hạn (chủ tọa kết thúc)',
      '30 giây',
      '1 phút',
      '2 phút',
      '5 phút',
    ]);
    select.value = '60';
    select.dispatchEvent(new Event('change'));
    await settle();
    await click(byTestId(container, 'ballot-open'));
    expect(draft.sockets.latest.sentOfType('ballot.open')).toMatchObject([{ ballotId: 'bal-1', durationSeconds: 60 }]);
    draft.services.realtime.stop();
    unmount(container);

    const open = await online(chairView({ ballots: [aBallot({ closesAt: '2026-12-08T02:01:30Z' })] }));
    expect(byTestId(container, 'ballot-timer').textContent).toBe('Còn lại 1:30');
    open.services.realtime.stop();
  });

  it('opens a ballot without a countdown unless one is chosen', async () => {
    const { services, sockets } = await online(chairView({ ballots: [aBallot({ state: 'DRAFT', openedAt: null })] }));
    await click(byTestId(container, 'ballot-open'));
    expect(sockets.latest.sentOfType('ballot.open')).toMatchObject([{ ballotId: 'bal-1', durationSeconds: null }]);
    expect(container.querySelector('[data-testid="ballot-timer"]')).toBeNull();
    services.realtime.stop();
  });

  it('annuls a ballot only with a reason', async () => {
    const { services, sockets } = await online(chairView({ ballots: [aBallot()] }));
    await click(byTestId(container, 'ballot-annul'));
    expect(byTestId<HTMLButtonElement>(container, 'ballot-annul-confirm').disabled).toBe(true);
    await type(container.querySelector<HTMLInputElement>('.ballot-annul input')!, 'Sự cố thiết bị biểu quyết');
    await click(byTestId(container, 'ballot-annul-confirm'));
    expect(sockets.latest.sentOfType('ballot.annul')).toMatchObject([{ ballotId: 'bal-1', reason: 'Sự cố thiết bị biểu quyết' }]);
    services.realtime.stop();
  });

  it('offers the result sheet of a counted ballot, and who chose what on a named one', async () => {
    const { services } = await online(
      chairView({
        ballots: [
          aBallot({ state: 'CLOSED', closedAt: '2026-12-08T02:05:00Z' }),
          aBallot({ id: 'bal-2', state: 'PUBLISHED', secret: true, closedAt: '2026-12-08T02:05:00Z', publishedAt: '2026-12-08T02:06:00Z' }),
          aBallot({ id: 'bal-3' }),
        ],
      }),
    );
    const file = (ballot: string, name: string) =>
      byTestId(container, `ballot-row-${ballot}`).querySelector<HTMLAnchorElement>(`[data-testid="${name}"]`);

    expect(file('bal-1', 'ballot-result-sheet')?.getAttribute('href')).toBe('/api/ballots/bal-1/result-sheet.pdf');
    expect(file('bal-1', 'ballot-result-sheet')?.textContent).toBe('Tải biên bản kết quả (PDF)');
    expect(file('bal-1', 'ballot-named-results')?.getAttribute('href')).toBe('/api/ballots/bal-1/results.csv');
    expect(file('bal-1', 'ballot-named-results')?.textContent).toBe('Tải kết quả theo tên (CSV)');
    expect(file('bal-2', 'ballot-result-sheet')?.getAttribute('href')).toBe('/api/ballots/bal-2/result-sheet.pdf');
    expect(file('bal-2', 'ballot-named-results')).toBeNull();
    expect(file('bal-3', 'ballot-result-sheet')).toBeNull();
    services.realtime.stop();
  });

  it('shows the electronic and paper ballots together once the ballot committee has counted them', async () => {
    const paper = {
      source: 'PAPER' as const,
      label: 'Phiếu giấy',
      issued: 5,
      returned: 4,
      valid: 4,
      invalid: 0,
      marks: [{ nomineeId: null, mark: 'YES', count: 4 }],
      entry: 1,
      enteredAt: '2026-12-08T02:10:00Z',
    };
    const result = {
      ...NOT_PASSED_29_OF_58,
      turnout: { ...NOT_PASSED_29_OF_58.turnout, issued: 38, returned: 37, valid: 37 },
      tallies: [...NOT_PASSED_29_OF_58.tallies, paper],
    };
    const { services } = await online(
      chairView({
        ballots: [
          aBallot({ state: 'CLOSED', closedAt: '2026-12-08T02:05:00Z', result }),
          aBallot({ id: 'bal-2', state: 'CLOSED', closedAt: '2026-12-08T02:05:00Z', result: NOT_PASSED_29_OF_58 }),
        ],
      }),
    );
    expect(byTestId(container, 'ballot-row-bal-1').querySelector('[data-testid="paper-turnout"]')?.textContent).toBe(
      'Phiếu điện tử và phiếu giấy: phát ra 38 · thu vào 37 · hợp lệ 37 · không hợp lệ 0',
    );
    expect(byTestId(container, 'ballot-row-bal-2').querySelector('[data-testid="paper-turnout"]')).toBeNull();
    expect(container.querySelector('[data-testid="paper-submit"]')).toBeNull();
    services.realtime.stop();
  });

  it('says what a tie for the last seat leaves and prepares the next round among the tied', async () => {
    const { services, sockets } = await online(chairView({ ballots: [TIED] }));
    const row = byTestId(container, 'ballot-row-bal-1');
    expect(row.querySelector('[data-testid="ballot-round"]')?.textContent).toBe(
      'Vòng 1 · Bầu 2 người trong số: Ông Hoàng Văn Hải, Bà Đỗ Thị Hoa, Ông Vũ Văn Hùng',
    );
    expect(byTestId(row, 'ballot-round-outcome').textContent).toContain(
      'Có 2 người bằng số phiếu ở vị trí cuối: cần bầu lại 1 người trong số những người này ở vòng 2.',
    );
    expect(byTestId(row, 'ballot-next-round').textContent).toBe('Chuẩn bị vòng 2');
    await click(byTestId(row, 'ballot-next-round'));
    expect(sockets.latest.sentOfType('ballot.next_round')).toMatchObject([{ sittingId: 'sit-1', ballotId: 'bal-1' }]);
    services.realtime.stop();
  });

  it('says how many seats are left when too few were elected, for the secretariat too', async () => {
    const notEnough = announcedRound('NOT_ENOUGH_ELECTED', ['ELECTED', 'NOT_ELECTED', 'NOT_ELECTED']);
    const { services, sockets } = await online({
      ...chairView({ ballots: [notEnough] }),
      permissions: ['VIEW', 'VIEW_CLOSED', 'VIEW_DRAFTS', 'PREPARE_BALLOTS'],
    });
    expect(byTestId(container, 'ballot-round-outcome').textContent).toContain(
      'Mới bầu được 1/2 người: còn 1 người cần bầu ở vòng 2, trong số những người chưa trúng cử.',
    );
    await click(byTestId(container, 'ballot-next-round'));
    expect(sockets.latest.sentOfType('ballot.next_round')).toMatchObject([{ ballotId: 'bal-1' }]);
    services.realtime.stop();
  });

  it('shows the next round as a draft labelled with its round, and the first round points to it instead of a button', async () => {
    const { services } = await online(chairView({ ballots: [TIED, SECOND_ROUND] }));
    const first = byTestId(container, 'ballot-row-bal-1');
    expect(first.querySelector('[data-testid="ballot-next-round"]')).toBeNull();
    const link = byTestId(first, 'ballot-next-round-link').querySelector('a')!;
    expect(link.textContent).toBe('Vòng 2 đã được chuẩn bị (Đã chuẩn bị)');
    expect(link.getAttribute('href')).toBe('#ballot-bal-2');
    const second = byTestId(container, 'ballot-row-bal-2');
    expect(second.id).toBe('ballot-bal-2');
    expect(byTestId(second, 'ballot-round').textContent).toBe(
      'Vòng 2 · Bầu 1 người trong số: Bà Đỗ Thị Hoa, Ông Vũ Văn Hùng · tiếp theo vòng 1',
    );
    expect(byTestId(second, 'ballot-previous-round').getAttribute('href')).toBe('#ballot-bal-1');
    expect(byTestId(second, 'ballot-state').textContent).toBe('Đã chuẩn bị');
    expect(second.querySelector('[data-testid="ballot-open"]')).not.toBeNull();
    services.realtime.stop();
  });

  it('offers no next round before the result is announced, once every seat is filled, or for a motion', async () => {
    const { services } = await online(
      chairView({
        ballots: [
          { ...TIED, state: 'CLOSED', publishedAt: null },
          { ...announcedRound('COMPLETE', ['ELECTED', 'ELECTED', 'NOT_ELECTED']), id: 'bal-2' },
          aBallot({ id: 'bal-3', state: 'PUBLISHED', result: NOT_PASSED_29_OF_58 }),
        ],
      }),
    );
    expect(container.querySelector('[data-testid="ballot-round-outcome"]')).toBeNull();
    expect(container.querySelector('[data-testid="ballot-next-round"]')).toBeNull();
    expect(byTestId(container, 'ballot-row-bal-3').querySelector('[data-testid="ballot-round"]')).toBeNull();
    services.realtime.stop();
  });

  it('is not shown to someone who neither prepares nor conducts ballots', async () => {
    const { services } = await online({ ...chairView(), permissions: ['VIEW', 'VIEW_CLOSED', 'VOTE'] });
    expect(container.querySelector('[data-testid="ballot-console"]')).toBeNull();
    services.realtime.stop();
  });
});
