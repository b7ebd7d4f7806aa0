// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SittingView } from '../protocol/generated';
import { aBallot, aView, anItem, NOT_PASSED_29_OF_58 } from '../testing/fixtures';
import { byTestId, click, fakeApi, mount, mountOnline, testServices, unmount } from '../testing/testApp';
import { HallBallot } from './HallBallot';
import { VotePanel } from './VotePanel';

function delegateView(overrides: Partial<SittingView> = {}): SittingView {
  return {
    ...aView([anItem('it-1', 1)], { state: 'IN_PROGRESS', currentItemId: 'it-1' }, ['VIEW', 'VIEW_CLOSED', 'VOTE']),
    ballots: [aBallot()],
    entitledBallots: ['bal-1'],
    ...overrides,
  };
}

describe('the delegate’s vote', () => {
  let container: HTMLElement;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  async function online(node: preact.ComponentChildren) {
    const mounted = await mountOnline(node);
    container = mounted.container;
    return mounted;
  }

  it('offers each choice as a large button, asks to confirm, then sends the vote', async () => {
    const { services, sockets } = await online(<VotePanel view={delegateView()} />);
    const options = [...container.querySelectorAll<HTMLButtonElement>('.vote-option')];
    expect(options.map((button) => button.textContent)).toEqual(['Tán thành', 'Không tán thành', 'Không biểu quyết']);
    expect(options.every((button) => button.classList.contains('button-large'))).toBe(true);

    await click(byTestId(container, 'vote-option-YES'));
    expect(sockets.latest.sentOfType('ballot.cast')).toEqual([]);
    expect(byTestId(container, 'vote-confirm-question').textContent).toBe('Đồng chí chọn: Tán thành. Xác nhận gửi phiếu?');
    await click(byTestId(container, 'vote-back'));
    await click(byTestId(container, 'vote-option-NO'));
    await click(byTestId(container, 'vote-confirm'));
    expect(sockets.latest.sentOfType('ballot.cast')).toMatchObject([{ sittingId: 'sit-1', ballotId: 'bal-1', choice: 'NO', marks: [] }]);
    services.realtime.stop();
  });

  it('shows the time left while a ballot with a countdown is open, down to 0:00', async () => {
    const { services } = await online(<VotePanel view={delegateView({ ballots: [aBallot({ closesAt: '2026-12-08T02:00:45Z' })] })} />);
    expect(byTestId(container, 'ballot-timer').textContent).toBe('Còn lại 0:45');
    expect(byTestId(container, 'ballot-timer').getAttribute('role')).toBe('timer');
    services.realtime.stop();
    unmount(container);

    const late = await online(<VotePanel view={delegateView({ ballots: [aBallot({ closesAt: '2026-12-08T01:59:00Z' })] })} />);
    expect(byTestId(container, 'ballot-timer').textContent).toBe('Còn lại 0:00');
    late.services.realtime.stop();
  });

  it('says and announces that a named vote is recorded, with the choice, and lets it change', async () => {
    const { services } = await online(
      <VotePanel view={delegateView({ ownVotes: [{ ballotId: 'bal-1', secret: false, choice: 'ABSTAIN', marks: [] }] })} />,
    );
    expect(byTestId(container, 'vote-recorded').textContent).toBe('Phiếu của đồng chí đã được ghi nhận.');
    expect(byTestId(container, 'vote-announcement').getAttribute('aria-live')).toBe('polite');
    expect(byTestId(container, 'vote-announcement').textContent).toBe('Phiếu của đồng chí đã được ghi nhận.');
    expect(byTestId(container, 'vote-own-choice').textContent).toBe('Lựa chọn đã ghi nhận: Không biểu quyết');
    await click(byTestId(container, 'vote-change'));
    expect(container.querySelectorAll('.vote-option')).toHaveLength(3);
    services.realtime.stop();
  });

  it('never shows a secret vote back once recorded', async () => {
    const secret = aBallot({ secret: true, changeAllowed: false });
    const { services } = await online(
      <VotePanel view={delegateView({ ballots: [secret], ownVotes: [{ ballotId: 'bal-1', secret: true, choice: null, marks: [] }] })} />,
    );
    expect(byTestId(container, 'vote-recorded').textContent).toBe('Phiếu của đồng chí đã được ghi nhận.');
    expect(container.querySelector('[data-testid="vote-own-choice"]')).toBeNull();
    expect(container.querySelector('[data-testid="vote-change"]')).toBeNull();
    expect(container.textContent).not.toContain('Tán thành');
    services.realtime.stop();
  });

  it('names an election’s later round with its title, since the rounds share one', async () => {
    const second = aBallot({
      kind: 'ELECTION',
      title: 'Bầu Ủy viên Thường trực HĐND',
      secret: true,
      changeAllowed: false,
      options: [{ mark: 'YES', label: 'Bầu' }],
      nominees: [
        { id: 'nom-2', name: 'Bà Đỗ Thị Hoa' },
        { id: 'nom-3', name: 'Ông Vũ Văn Hùng' },
      ],
      seats: 1,
      electionMode: 'APPROVAL',
      round: 2,
      previousBallotId: 'bal-0',
    });
    const { services } = await online(<VotePanel view={delegateView({ ballots: [second] })} />);
    expect(byTestId(container, 'vote-title').textContent).toBe('Bầu Ủy viên Thường trực HĐND — vòng 2');
    services.realtime.stop();
    unmount(container);

    container = await mount(<HallBallot view={delegateView({ ballots: [{ ...second, round: 1, previousBallotId: null }] })} />, testServices(fakeApi({})).services);
    expect(container.querySelector('.display-ballot-title')?.textContent).toBe('Bầu Ủy viên Thường trực HĐND');
  });

  it('tells a delegate who was not present at the opening that they are not on the list', async () => {
    const { services } = await online(<VotePanel view={delegateView({ entitledBallots: [] })} />);
    expect(byTestId(container, 'vote-not-entitled').textContent).toContain('không có tên trong danh sách biểu quyết');
    expect(container.querySelectorAll('.vote-option')).toHaveLength(0);
    services.realtime.stop();
  });

  it('shows the result once counted: counts, share of the total and the outcome', async () => {
    const counted = aBallot({ state: 'CLOSED', closedAt: '2026-12-08T02:05:00Z', result: NOT_PASSED_29_OF_58 });
    const { services } = await online(<VotePanel view={delegateView({ ballots: [counted] })} />);
    expect(byTestId(container, 'ballot-count-YES').textContent).toBe('29');
    expect(byTestId(container, 'ballot-bar-YES').textContent).toContain('50,00 % tổng số đại biểu');
    expect(byTestId(container, 'ballot-outcome').textContent).toBe('Không thông qua');
    services.realtime.stop();
  });
});

describe('the hall display’s ballot', () => {
  let container: HTMLElement;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    unmount(container);
    vi.useRealTimers();
  });

  it('shows that a vote is under way, never a count, then the chart and the outcome', async () => {
    const { services } = testServices(fakeApi({}));
    const view = delegateView();
    container = await mount(<HallBallot view={view} />, services);
    expect(byTestId(container, 'display-ballot-open').textContent).toContain('Đang biểu quyết');
    expect(container.querySelector('[data-testid="ballot-result"]')).toBeNull();
    unmount(container);

    const counted = aBallot({ state: 'PUBLISHED', closedAt: '2026-12-08T02:05:00Z', result: NOT_PASSED_29_OF_58 });
    container = await mount(<HallBallot view={{ ...view, ballots: [counted] }} />, services);
    expect(byTestId(container, 'ballot-result').classList.contains('ballot-result-large')).toBe(true);
    expect(byTestId(container, 'ballot-count-NO').textContent).toBe('4');
    expect(byTestId(container, 'ballot-outcome').textContent).toBe('Không thông qua');
    expect(container.textContent).toContain('Tổng số đại biểu: 58 · Có mặt khi biểu quyết: 53');
  });
});
