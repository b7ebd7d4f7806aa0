// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ballot, BallotResult, SittingView } from '../protocol/generated';
import { aBallot, aView, anItem, NOT_PASSED_29_OF_58 } from '../testing/fixtures';
import { byTestId, click, mountOnline, settle, type, unmount } from '../testing/testApp';
import { PaperCountPanel } from './PaperCountPanel';
import { markLines, paperCountCommand } from './paperCount';

function committeeView(ballots: Ballot[], permissions: SittingView['permissions'] = ['VIEW', 'VIEW_CLOSED', 'COUNT_PAPER_BALLOTS']): SittingView {
  return { ...aView([anItem('it-1', 1)], { state: 'IN_PROGRESS', currentItemId: 'it-1' }, permissions), ballots };
}

const CLOSED = aBallot({ state: 'CLOSED', secret: true, closedAt: '2026-12-08T02:05:00Z', result: NOT_PASSED_29_OF_58 });

/** The result once 4 paper ballots were counted with the 33 electronic votes: 30 in favour of 58, passed. */
const WITH_PAPER: BallotResult = {
  ...NOT_PASSED_29_OF_58,
  turnout: { ...NOT_PASSED_29_OF_58.turnout, issued: 38, returned: 37, valid: 36, invalid: 1 },
  lines: [
    {
      ...NOT_PASSED_29_OF_58.lines[0]!,
      counts: [
        { mark: 'YES', label: 'Tán thành', count: 30, percentOfTotal: '51.72', percentOfPresent: '56.60' },
        { mark: 'NO', label: 'Không tán thành', count: 6, percentOfTotal: '10.34', percentOfPresent: '11.32' },
        { mark: 'ABSTAIN', label: 'Không biểu quyết', count: 0, percentOfTotal: '0.00', percentOfPresent: '0.00' },
      ],
      outcome: 'PASSED',
      outcomeLabel: 'Thông qua',
    },
  ],
  outcome: 'PASSED',
  outcomeLabel: 'Thông qua',
  tallies: [
    ...NOT_PASSED_29_OF_58.tallies,
    {
      source: 'PAPER',
      label: 'Phiếu giấy',
      issued: 5,
      returned: 4,
      valid: 3,
      invalid: 1,
      marks: [
        { nomineeId: null, mark: 'YES', count: 1 },
        { nomineeId: null, mark: 'NO', count: 2 },
      ],
      entry: 1,
      enteredAt: '2026-12-08T02:10:00Z',
    },
  ],
};

describe('the ballot committee’s paper count', () => {
  let container: HTMLElement;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  async function online(view: SittingView) {
    const mounted = await mountOnline(<PaperCountPanel view={view} />);
    container = mounted.container;
    return mounted;
  }

  const input = (key: string) => byTestId<HTMLInputElement>(container, `paper-input-${key}`);

  it('shows the electronic figures next to labelled fields and sends the count entered', async () => {
    const { services, sockets } = await online(committeeView([CLOSED]));
    expect(byTestId(container, 'paper-electronic-issued').textContent).toBe('33');
    expect(byTestId(container, 'paper-electronic--:YES').textContent).toBe('29');
    expect(container.querySelector(`label[for="${input('valid').id}"]`)?.textContent).toBe('Số phiếu hợp lệ');
    expect(container.querySelector(`label[for="${input('-:NO').id}"]`)?.textContent).toBe('Không tán thành');

    await type(input('issued'), '5');
    await type(input('returned'), '4');
    await type(input('valid'), '3');
    await type(input('invalid'), '1');
    await type(input('-:YES'), '1');
    await type(input('-:NO'), '2');
    await click(byTestId(container, 'paper-submit'));

    const [sent] = sockets.latest.sentOfType('ballot.paper_count');
    expect(sent).toMatchObject({
      sittingId: 'sit-1',
      ballotId: 'bal-1',
      issued: 5,
      returned: 4,
      valid: 3,
      invalid: 1,
      marks: [
        { nomineeId: null, mark: 'YES', count: 1 },
        { nomineeId: null, mark: 'NO', count: 2 },
      ],
    });
    sockets.latest.deliver({ type: 'command.accepted', ref: sent!.ref!, repeated: false });
    await settle();
    expect(byTestId(container, 'paper-accepted').getAttribute('role')).toBe('status');
    services.realtime.stop();
  });

  it('shows the discrepancy the server names when the count does not add up', async () => {
    const { services, sockets } = await online(committeeView([CLOSED]));
    await type(input('issued'), '30');
    await type(input('returned'), '30');
    await type(input('valid'), '30');
    await type(input('-:NO'), '30');
    await click(byTestId(container, 'paper-submit'));
    const [sent] = sockets.latest.sentOfType('ballot.paper_count');
    const message = 'Tổng số phiếu điện tử và phiếu giấy thu vào (63) nhiều hơn số đại biểu có mặt (53).';
    sockets.latest.deliver({ type: 'error', ref: sent!.ref!, code: 'more_voters_than_present', message, sittingId: 'sit-1' });
    await settle();
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(message);
    expect(container.querySelector('[data-testid="paper-accepted"]')).toBeNull();
    services.realtime.stop();
  });

  it('does not send a field that is not a count', async () => {
    const { services, sockets } = await online(committeeView([CLOSED]));
    await type(input('valid'), '-3');
    expect(byTestId<HTMLButtonElement>(container, 'paper-submit').disabled).toBe(true);
    expect(sockets.latest.sentOfType('ballot.paper_count')).toHaveLength(0);
    services.realtime.stop();
  });

  it('shows the standing count to correct, and the result of both together', async () => {
    const { services } = await online(committeeView([{ ...CLOSED, result: WITH_PAPER }]));
    expect(input('issued').value).toBe('5');
    expect(input('-:NO').value).toBe('2');
    expect(byTestId(container, 'paper-submit').textContent).toBe('Sửa kết quả kiểm phiếu giấy');
    expect(byTestId(container, 'ballot-count-YES').textContent).toBe('30');
    expect(byTestId(container, 'ballot-outcome').textContent).toBe('Thông qua');
    expect(byTestId(container, 'paper-turnout').textContent).toBe(
      'Phiếu điện tử và phiếu giấy: phát ra 38 · thu vào 37 · hợp lệ 36 · không hợp lệ 1',
    );
    // The committee prints the sheet it signs.
    expect(byTestId(container, 'paper-result-sheet').getAttribute('href')).toBe(`/api/ballots/${CLOSED.id}/result-sheet.pdf`);
    services.realtime.stop();
  });

  it('keeps an announced count as it stands, and is shown to the ballot committee only', async () => {
    const published = { ...CLOSED, state: 'PUBLISHED' as const, publishedAt: '2026-12-08T02:20:00Z', result: WITH_PAPER };
    const first = await online(committeeView([published]));
    expect(input('issued').disabled).toBe(true);
    expect(container.querySelector('[data-testid="paper-submit"]')).toBeNull();
    first.services.realtime.stop();
    unmount(container);

    const second = await online(committeeView([CLOSED], ['VIEW', 'VIEW_CLOSED', 'VOTE']));
    expect(container.querySelector('[data-testid="paper-count-panel"]')).toBeNull();
    second.services.realtime.stop();
  });
});

describe('paper count entries', () => {
  it('lists each person’s marks on ballots that list people', () => {
    const rating = aBallot({
      kind: 'CONFIDENCE_RATING',
      options: [
        { mark: 'HIGH', label: 'Tín nhiệm cao' },
        { mark: 'LOW', label: 'Tín nhiệm thấp' },
      ],
      nominees: [
        { id: 'n-1', name: 'Nguyễn Văn An' },
        { id: 'n-2', name: 'Trần Thị Bình' },
      ],
    });
    expect(markLines(rating).map((line) => line.label)).toEqual([
      'Nguyễn Văn An: Tín nhiệm cao',
      'Nguyễn Văn An: Tín nhiệm thấp',
      'Trần Thị Bình: Tín nhiệm cao',
      'Trần Thị Bình: Tín nhiệm thấp',
    ]);
    const command = paperCountCommand('sit-1', rating, {
      issued: '2',
      returned: '2',
      valid: '2',
      invalid: '0',
      'n-1:HIGH': '2',
      'n-1:LOW': '0',
      'n-2:HIGH': '1',
      'n-2:LOW': ' 1 ',
    });
    expect(command?.marks).toEqual([
      { nomineeId: 'n-1', mark: 'HIGH', count: 2 },
      { nomineeId: 'n-2', mark: 'HIGH', count: 1 },
      { nomineeId: 'n-2', mark: 'LOW', count: 1 },
    ]);
    expect(paperCountCommand('sit-1', rating, { issued: '2', returned: 'x', valid: '2', invalid: '0' })).toBeNull();
  });
});
