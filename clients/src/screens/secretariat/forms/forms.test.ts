import { describe, expect, it } from 'vitest';
import { anItem, aSitting } from '../../../testing/fixtures';
import { agendaItemValues, checkAgendaItem, emptyAgendaItem, toAgendaItemForm } from './agendaItemForm';
import { checkMember, emptyMember, toMemberForm } from './memberForm';
import { checkSession, emptySession, toSessionForm } from './sessionForm';
import { checkSitting, emptySitting, sittingValues, toSittingForm } from './sittingForm';

const keys = (issues: object) =>
  Object.fromEntries(Object.entries(issues).map(([field, issue]) => [field, (issue as { key: string }).key]));

describe('agenda item form', () => {
  it('requires a title and checks lengths and minutes', () => {
    expect(keys(checkAgendaItem(emptyAgendaItem))).toEqual({ title: 'validation.required' });
    expect(
      keys(checkAgendaItem({ ...emptyAgendaItem, title: 'x'.repeat(301), estimatedMinutes: '12.5', presenter: 'Sở Tài chính' })),
    ).toEqual({ title: 'validation.maxLength', estimatedMinutes: 'validation.integerBetween' });
    expect(checkAgendaItem({ ...emptyAgendaItem, title: 'Tờ trình', estimatedMinutes: '0' }).estimatedMinutes?.params).toEqual({
      min: 1,
      max: 600,
    });
  });

  it('sends empty optional fields as null and minutes as a number', () => {
    expect(toAgendaItemForm({ ...emptyAgendaItem, title: '  Báo cáo thẩm tra ', estimatedMinutes: '45' })).toEqual({
      title: 'Báo cáo thẩm tra',
      description: null,
      presenter: null,
      estimatedMinutes: 45,
      closed: false,
      version: null,
    });
  });

  it('round-trips an item, with the version the edit is made from', () => {
    const item = anItem('a', 1, { presenter: 'UBND tỉnh', estimatedMinutes: 30, description: 'Dòng 1\nDòng 2', version: 4 });
    const { title, description, presenter, estimatedMinutes, closed } = item;
    expect(toAgendaItemForm(agendaItemValues(item), item)).toEqual({
      title,
      description,
      presenter,
      estimatedMinutes,
      closed,
      version: 4,
    });
  });
});

describe('sitting form', () => {
  it('requires a title and start, and an end after the start', () => {
    expect(keys(checkSitting(emptySitting))).toEqual({ title: 'validation.required', startsAt: 'validation.required' });
    expect(
      keys(checkSitting({ ...emptySitting, title: 'Phiên bế mạc', startsAt: '2026-12-10T14:00', endsAt: '2026-12-10T08:00' })),
    ).toEqual({ endsAt: 'validation.endsBeforeStart' });
    expect(keys(checkSitting({ ...emptySitting, title: 'x', startsAt: '2026-02-30T08:00' }))).toEqual({
      startsAt: 'validation.dateTime',
    });
  });

  it('turns Vietnam wall-clock times into instants and back', () => {
    const form = toSittingForm({ ...emptySitting, title: 'Phiên khai mạc', startsAt: '2026-12-08T08:00', place: ' ' });
    expect(form).toEqual({
      title: 'Phiên khai mạc',
      startsAt: '2026-12-08T01:00:00.000Z',
      endsAt: null,
      place: null,
      closed: false,
      version: null,
    });
    expect(sittingValues(aSitting({ startsAt: '2026-12-08T01:30:00Z', endsAt: '2026-12-08T04:00:00Z' }))).toMatchObject({
      startsAt: '2026-12-08T08:30',
      endsAt: '2026-12-08T11:00',
    });
  });
});

describe('member form', () => {
  const valid = { ...emptyMember, fullName: 'Nguyễn  Thị   Bình', username: 'binh.nt', password: 'mat-khau-dai' };

  it('needs a password for a new member only', () => {
    expect(keys(checkMember({ ...valid, password: '' }, true))).toEqual({ password: 'validation.required' });
    expect(keys(checkMember({ ...valid, password: '' }, false))).toEqual({});
    expect(keys(checkMember({ ...valid, password: 'ngan' }, false))).toEqual({ password: 'validation.minLength' });
  });

  it('checks the username shape the server accepts: lower-case ASCII letters, digits and . _ -', () => {
    expect(keys(checkMember({ ...valid, username: 'bình nt' }, true))).toEqual({ username: 'validation.username' });
    expect(keys(checkMember({ ...valid, username: 'Binh.NT' }, true))).toEqual({ username: 'validation.username' });
    expect(keys(checkMember({ ...valid, fullName: 'x'.repeat(121) }, true))).toEqual({ fullName: 'validation.maxLength' });
  });

  it('keeps the current password when left empty and tidies the name', () => {
    expect(toMemberForm({ ...valid, password: '' })).toMatchObject({ fullName: 'Nguyễn Thị Bình', password: null, delegationId: null });
  });
});

describe('session form', () => {
  it('requires an end on or after the start', () => {
    const session = { ...emptySession, name: 'Kỳ họp thứ 12', number: '12', startsOn: '2026-12-08', endsOn: '2026-12-07' };
    expect(keys(checkSession(session))).toEqual({ endsOn: 'validation.endsBeforeStart' });
    expect(keys(checkSession({ ...session, endsOn: '2026-12-08' }))).toEqual({});
    expect(keys(checkSession({ ...session, endsOn: '2026-12-09', number: 'mười hai' }))).toEqual({ number: 'validation.integerBetween' });
  });

  it('leaves the session number optional', () => {
    const unnumbered = { ...emptySession, name: 'Kỳ họp bất thường', startsOn: '2026-12-20', endsOn: '2026-12-20' };
    expect(keys(checkSession(unnumbered))).toEqual({});
    expect(toSessionForm(unnumbered).number).toBeNull();
    expect(toSessionForm({ ...unnumbered, number: '12' }).number).toBe(12);
  });
});
