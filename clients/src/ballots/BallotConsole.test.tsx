// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SittingView } from '../protocol/generated';
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

  it('is not shown to someone who neither prepares nor conducts ballots', async () => {
    const { services } = await online({ ...chairView(), permissions: ['VIEW', 'VIEW_CLOSED', 'VOTE'] });
    expect(container.querySelector('[data-testid="ballot-console"]')).toBeNull();
    services.realtime.stop();
  });
});
