import type { Member, MemberForm, Role } from '../../../protocol/generated';
import { checkFields, maxLength, minLength, optionalText, pattern, required, type Issues, type Rule } from '../../../ui/form/rules';
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
};

export function memberValues(member: Member): MemberValues {
  return {
    fullName: member.fullName,
    title: member.title ?? '',
    username: member.username ?? '',
    password: '',
    role: member.role,
    delegationId: member.delegationId ?? '',
  };
}

/** A new member needs a password; when editing, an empty password keeps the current one. */
export function checkMember(values: MemberValues, isNew: boolean): Issues<MemberValues> {
  const password: Rule[] = [minLength(PASSWORD_MIN), maxLength(PASSWORD_MAX)];
  return checkFields(values, {
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
  });
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
  };
}
