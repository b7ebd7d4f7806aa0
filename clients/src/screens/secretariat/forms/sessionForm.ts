import type { Session, SessionForm } from '../../../protocol/generated';
import { checkFields, date, integerBetween, maxLength, required, type Issues } from '../../../ui/form/rules';
import { SESSION_NAME_MAX, SESSION_NUMBER_MAX } from './limits';

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
    startsOn: session.startsOn,
    endsOn: session.endsOn,
  };
}

export function checkSession(values: SessionValues): Issues<SessionValues> {
  const issues = checkFields(values, {
    name: [required, maxLength(SESSION_NAME_MAX)],
    number: [integerBetween(1, SESSION_NUMBER_MAX)],
    startsOn: [required, date],
    endsOn: [required, date],
  });
  if (!issues.startsOn && !issues.endsOn && values.endsOn < values.startsOn) {
    issues.endsOn = { key: 'validation.endsBeforeStart' };
  }
  return issues;
}

export function toSessionForm(values: SessionValues): SessionForm {
  return {
    name: values.name.trim(),
    number: values.number.trim() === '' ? null : Number(values.number),
    startsOn: values.startsOn,
    endsOn: values.endsOn,
  };
}
