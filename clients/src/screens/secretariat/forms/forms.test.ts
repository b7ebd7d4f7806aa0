import { describe, expect, it } from 'vitest';
import type { Member } from '../../../protocol/generated';
import { anItem, aSitting, aView } from '../../../testing/fixtures';
import { agendaItemValues, checkAgendaItem, emptyAgendaItem, toAgendaItemForm } from './agendaItemForm';
import { checkMember, emptyMember, memberValues, toMemberForm } from './memberForm';
import { checkOrganisation, emptyOrganisation, toOrganisationForm } from './organisationForm';
import { checkSession, emptySession, sessionValues, toSessionForm } from './sessionForm';
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
  const valid = { ...emptySitting, title: 'Phiên khai mạc', startDate: '08/12/2026', startTime: '08:00' };

  it('requires a title, a start date and a start time', () => {
    expect(keys(checkSitting(emptySitting))).toEqual({
      title: 'validation.required',
      startDate: 'validation.required',
      startTime: 'validation.required',
    });
    expect(keys(checkSitting(valid))).toEqual({});
  });

  it('reads dates day first and times on the 24-hour clock', () => {
    expect(keys(checkSitting({ ...valid, startDate: '12/31/2026', startTime: '8:00 PM' }))).toEqual({
      startDate: 'validation.date',
      startTime: 'validation.time',
    });
    expect(keys(checkSitting({ ...valid, startDate: '30/02/2026' }))).toEqual({ startDate: 'validation.date' });
  });

  it('wants the end after the start, on the start day unless another is given', () => {
    expect(keys(checkSitting({ ...valid, startTime: '14:00', endTime: '08:00' }))).toEqual({ endTime: 'validation.endsBeforeStart' });
    expect(keys(checkSitting({ ...valid, startTime: '14:00', endTime: '14:00' }))).toEqual({ endTime: 'validation.endsBeforeStart' });
    expect(keys(checkSitting({ ...valid, startTime: '14:00', endDate: '09/12/2026', endTime: '08:00' }))).toEqual({});
    expect(keys(checkSitting({ ...valid, endDate: '09/12/2026' }))).toEqual({ endTime: 'validation.endTimeNeeded' });
  });

  it('turns Vietnam wall-clock times into instants and back', () => {
    expect(toSittingForm({ ...valid, place: ' ' })).toEqual({
      title: 'Phiên khai mạc',
      startsAt: '2026-12-08T01:00:00.000Z',
      endsAt: null,
      place: null,
      closed: false,
      version: null,
    });
    expect(toSittingForm({ ...valid, startTime: '8h', endTime: '1130' }).endsAt).toBe('2026-12-08T04:30:00.000Z');
    expect(toSittingForm({ ...valid, startTime: '20:00', endDate: '9/12/2026', endTime: '0:30' }).endsAt).toBe(
      '2026-12-08T17:30:00.000Z',
    );
    expect(sittingValues(aSitting({ startsAt: '2026-12-08T01:30:00Z', endsAt: '2026-12-08T04:00:00Z' }))).toMatchObject({
      startDate: '08/12/2026',
      startTime: '08:30',
      endDate: '',
      endTime: '11:00',
    });
    expect(sittingValues(aSitting({ startsAt: '2026-12-07T17:30:00Z', endsAt: null }))).toMatchObject({
      startDate: '08/12/2026',
      startTime: '00:30',
      endDate: '',
      endTime: '',
    });
    expect(sittingValues(aSitting({ startsAt: '2026-12-08T13:00:00Z', endsAt: '2026-12-08T17:30:00Z' }))).toMatchObject({
      startDate: '08/12/2026',
      startTime: '20:00',
      endDate: '09/12/2026',
      endTime: '00:30',
    });
  });

  it('round-trips a sitting', () => {
    const sitting = aSitting({ startsAt: '2026-12-08T07:00:00Z', endsAt: '2026-12-08T10:15:00Z' });
    expect(toSittingForm(sittingValues(sitting))).toMatchObject({
      startsAt: '2026-12-08T07:00:00.000Z',
      endsAt: '2026-12-08T10:15:00.000Z',
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

  it('names the version of the member an edit was made from, and none for a new one', () => {
    const existing: Member = {
      membershipId: 'm1', personId: 'p1', fullName: 'Nguyễn Thị Bình', title: null, role: 'DELEGATE',
      delegationId: null, delegationName: null, username: 'binh.nt', version: 3, mandateFrom: '2026-03-15', mandateUntil: null,
      siteId: null, siteName: null,
    };
    expect(toMemberForm(valid, existing).version).toBe(3);
    expect(toMemberForm(valid).version).toBeNull();
  });

  it('types a mandate day first, sends ISO dates, and refuses one that ends before it begins', () => {
    expect(memberValues({ ...anyMember, mandateFrom: '2026-03-15', mandateUntil: null })).toMatchObject({
      mandateFrom: '15/03/2026',
      mandateUntil: '',
    });
    const mandate = { ...valid, mandateFrom: '15/03/2026', mandateUntil: '30/06/2027' };
    expect(keys(checkMember(mandate, true))).toEqual({});
    expect(toMemberForm(mandate)).toMatchObject({ mandateFrom: '2026-03-15', mandateUntil: '2027-06-30' });
    expect(toMemberForm(valid)).toMatchObject({ mandateFrom: null, mandateUntil: null });
    expect(keys(checkMember({ ...mandate, mandateUntil: '14/03/2026' }, true))).toEqual({ mandateUntil: 'validation.endsBeforeStart' });
    expect(keys(checkMember({ ...mandate, mandateFrom: '2026-03-15' }, true))).toEqual({ mandateFrom: 'validation.date' });
  });
});

const anyMember: Member = {
  membershipId: 'm9', personId: 'p9', fullName: 'Đỗ Văn Chín', title: null, role: 'DELEGATE', delegationId: null,
  delegationName: null, username: 'do.van.chin', version: 0, mandateFrom: null, mandateUntil: null, siteId: null,
  siteName: null,
};

describe('session form', () => {
  it('requires an end on or after the start, dates typed day first', () => {
    const session = { ...emptySession, name: 'Kỳ họp thứ 12', number: '12', startsOn: '08/12/2026', endsOn: '07/12/2026' };
    expect(keys(checkSession(session))).toEqual({ endsOn: 'validation.endsBeforeStart' });
    expect(keys(checkSession({ ...session, endsOn: '08/12/2026' }))).toEqual({});
    expect(keys(checkSession({ ...session, startsOn: '2026-12-08', endsOn: '12/31/2026' }))).toEqual({
      startsOn: 'validation.date',
      endsOn: 'validation.date',
    });
    expect(keys(checkSession({ ...session, endsOn: '09/12/2026', number: 'mười hai' }))).toEqual({ number: 'validation.integerBetween' });
  });

  it('compares dates as dates, not as text', () => {
    expect(keys(checkSession({ ...emptySession, name: 'Kỳ họp', startsOn: '30/11/2026', endsOn: '01/12/2026' }))).toEqual({});
  });

  it('leaves the session number optional and sends ISO dates', () => {
    const unnumbered = { ...emptySession, name: 'Kỳ họp bất thường', startsOn: '20/12/2026', endsOn: '20/12/2026' };
    expect(keys(checkSession(unnumbered))).toEqual({});
    expect(toSessionForm(unnumbered)).toEqual({
      version: null,
      name: 'Kỳ họp bất thường',
      number: null,
      startsOn: '2026-12-20',
      endsOn: '2026-12-20',
    });
    expect(toSessionForm({ ...unnumbered, number: '12' }).number).toBe(12);
  });

  it('sends an edit with the version of the session it was made from', () => {
    const session = { ...aView([]).session, version: 7 };
    expect(toSessionForm(sessionValues(session), session)).toMatchObject({ version: 7, name: session.name });
  });

  it('shows a session’s dates day first', () => {
    expect(sessionValues(aView([]).session)).toMatchObject({ startsOn: '08/12/2026', endsOn: '10/12/2026' });
  });
});

describe('organisation form', () => {
  const council = { ...emptyOrganisation, name: 'HĐND tỉnh Lạng Sơn', level: 'PROVINCE' };

  it('starts a council at two thirds and sends the quorum share as numbers', () => {
    expect(keys(checkOrganisation(council))).toEqual({});
    expect(toOrganisationForm({ ...council, quorumNumerator: '1', quorumDenominator: '2' })).toMatchObject({
      quorumNumerator: 1,
      quorumDenominator: 2,
    });
  });

  it('refuses a share above one and a part that is not a whole number', () => {
    expect(keys(checkOrganisation({ ...council, quorumNumerator: '4', quorumDenominator: '3' }))).toEqual({
      quorumNumerator: 'validation.quorumShare',
    });
    expect(keys(checkOrganisation({ ...council, quorumDenominator: 'ba' }))).toEqual({ quorumDenominator: 'validation.integerBetween' });
  });
});
