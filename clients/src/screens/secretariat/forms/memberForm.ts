import type { Member, MemberForm, Role } from '../../../protocol/generated';
import { formatTypedDate, parseTypedDate } from '../../../time/typedDateTime';
import { checkFields, maxLength, minLength, optionalText, pattern, required, typedDate, type Issues, type Rule } from '../../../ui/form/rules';
import {
  FULL_NAME_MAX,
  MEMBER_TITLE_MAX,
  PASSWORD_MAX,
  PASSWORD_MIN,
  USERNAME_MAX,
  USERNAME_MIN,
  USERNAME_SHAPE,
} from './limits';

export type MemberValues = {
  fullName: string;
  title: string;
  username: string;
  password: string;
  role: string;
  delegationId: string;
  /** A delegate's mandate, typed day first (`15/03/2026`); either end may stay empty. */
  mandateFrom: string;
  mandateUntil: string;
  /** The site where a delegate attends, when the council meets across sites; empty for the hall. */
  siteId: string;
};

export const ROLES: readonly Role[] = [
  'DELEGATE',
  'CHAIR',
  'SECRETARIAT',
  'ADMIN',
  'SITE_OPERATOR',
  'GUEST',
  'OBSERVER',
  'BALLOT_COMMITTEE',
];

export const emptyMember: MemberValues = {
  fullName: '',
  title: '',
  username: '',
  password: '',
  role: 'DELEGATE',
  delegationId: '',
  mandateFrom: '',
  mandateUntil: '',
  siteId: '',
};

export function memberValues(member: Member): MemberValues {
  return {
    fullName: member.fullName,
    title: member.title ?? '',
    username: member.username ?? '',
    password: '',
    role: member.role,
    delegationId: member.delegationId ?? '',
    mandateFrom: member.mandateFrom === null ? '' : formatTypedDate(member.mandateFrom),
    mandateUntil: member.mandateUntil === null ? '' : formatTypedDate(member.mandateUntil),
    siteId: member.siteId ?? '',
  };
}

/** A new member needs a password; when editing, an empty password keeps the current one. */
export function checkMember(values: MemberValues, isNew: boolean): Issues<MemberValues> {
  const password: Rule[] = [minLength(PASSWORD_MIN), maxLength(PASSWORD_MAX)];
  const issues = checkFields(values, {
    fullName: [required, maxLength(FULL_NAME_MAX)],
    title: [maxLength(MEMBER_TITLE_MAX)],
    username: [
      required,
      minLength(USERNAME_MIN),
      maxLength(USERNAME_MAX),
      pattern(USERNAME_SHAPE, 'validation.username'),
    ],
    password: isNew ? [required, ...password] : password,
    role: [required],
    mandateFrom: [typedDate],
    mandateUntil: [typedDate],
  });
  const from = parseTypedDate(values.mandateFrom);
  const until = parseTypedDate(values.mandateUntil);
  if (!issues.mandateFrom && !issues.mandateUntil && from !== null && until !== null && until < from) {
    issues.mandateUntil = { key: 'validation.endsBeforeStart' };
  }
  return issues;
}

export function toMemberForm(values: MemberValues, existing: Member | null = null): MemberForm {
  return {
    version: existing?.version ?? null,
    fullName: values.fullName.trim().replace(/\s+/g, ' '),
    title: optionalText(values.title),
    username: values.username.trim(),
    password: values.password === '' ? null : values.password,
    role: values.role as Role,
    delegationId: optionalText(values.delegationId),
    mandateFrom: parseTypedDate(values.mandateFrom),
    mandateUntil: parseTypedDate(values.mandateUntil),
    siteId: values.role === 'DELEGATE' ? optionalText(values.siteId) : null,
  };
}
