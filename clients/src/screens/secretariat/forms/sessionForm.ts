import type { Session, SessionForm } from '../../../protocol/generated';
import { formatTypedDate, parseTypedDate } from '../../../time/typedDateTime';
import { checkFields, integerBetween, maxLength, required, typedDate, type Issues } from '../../../ui/form/rules';
import { SESSION_NAME_MAX, SESSION_NUMBER_MAX } from './limits';

/** Dates as typed, day first (`08/12/2026`). */
export type SessionValues = {
  name: string;
  number: string;
  startsOn: string;
  endsOn: string;
};

export const emptySession: SessionValues = { name: '', number: '', startsOn: '', endsOn: '' };

export function sessionValues(session: Session): SessionValues {
  return {
    name: session.name,
    number: session.number === null ? '' : String(session.number),
    startsOn: formatTypedDate(session.startsOn),
    endsOn: formatTypedDate(session.endsOn),
  };
}

export function checkSession(values: SessionValues): Issues<SessionValues> {
  const issues = checkFields(values, {
    name: [required, maxLength(SESSION_NAME_MAX)],
    number: [integerBetween(1, SESSION_NUMBER_MAX)],
    startsOn: [required, typedDate],
    endsOn: [required, typedDate],
  });
  if (!issues.startsOn && !issues.endsOn && parseTypedDate(values.endsOn)! < parseTypedDate(values.startsOn)!) {
    issues.endsOn = { key: 'validation.endsBeforeStart' };
  }
  return issues;
}

/** Call only with values that passed `checkSession`. */
export function toSessionForm(values: SessionValues, existing: Session | null = null): SessionForm {
  return {
    version: existing?.version ?? null,
    name: values.name.trim(),
    number: values.number.trim() === '' ? null : Number(values.number),
    startsOn: parseTypedDate(values.startsOn) ?? values.startsOn,
    endsOn: parseTypedDate(values.endsOn) ?? values.endsOn,
  };
}
