import { describe, expect, it } from 'vitest';
import type { AttendanceEntry } from '../protocol/generated';
import { byDelegation } from './AttendanceBoard';

const entry = (fullName: string, delegationName: string | null): AttendanceEntry => ({
  membershipId: fullName, fullName, delegationName, siteId: null, siteName: null, status: null, reason: null, since: null,
});

describe('the attendance board by delegation', () => {
  it('groups in the order of the delegations’ names, numbers counted as numbers, and those in none last', () => {
    const groups = byDelegation([entry('An', 'Tổ 10'), entry('Bình', null), entry('Cường', 'Tổ 2'), entry('Dung', 'Tổ 10')]);
    expect(groups.map((group) => [group.name, group.entries.map((e) => e.fullName)])).toEqual([
      ['Tổ 2', ['Cường']],
      ['Tổ 10', ['An', 'Dung']],
      [null, ['Bình']],
    ]);
  });
});
