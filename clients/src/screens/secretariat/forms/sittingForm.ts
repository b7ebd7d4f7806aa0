import type { Sitting, SittingForm } from '../../../protocol/generated';
import { instantToVietnamInput, vietnamInputToInstant } from '../../../time/vietnamTime';
import { checkFields, maxLength, optionalText, required, vietnamDateTime, type Issues } from '../../../ui/form/rules';
import { PLACE_MAX, SITTING_TITLE_MAX } from './limits';

/** Times as typed in `datetime-local` inputs, in Vietnam time. */
export type SittingValues = {
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  closed: boolean;
};

export const emptySitting: SittingValues = { title: '', startsAt: '', endsAt: '', place: '', closed: false };

export function sittingValues(sitting: Sitting): SittingValues {
  return {
    title: sitting.title,
    startsAt: instantToVietnamInput(sitting.startsAt),
    endsAt: sitting.endsAt === null ? '' : instantToVietnamInput(sitting.endsAt),
    place: sitting.place ?? '',
    closed: sitting.closed,
  };
}

export function checkSitting(values: SittingValues): Issues<SittingValues> {
  const issues = checkFields(values, {
    title: [required, maxLength(SITTING_TITLE_MAX)],
    startsAt: [required, vietnamDateTime],
    endsAt: [vietnamDateTime],
    place: [maxLength(PLACE_MAX)],
  });
  if (!issues.startsAt && !issues.endsAt && values.endsAt !== '' && values.endsAt <= values.startsAt) {
    issues.endsAt = { key: 'validation.endsBeforeStart' };
  }
  return issues;
}

/** Call only with values that passed `checkSitting`. */
export function toSittingForm(values: SittingValues, existing: Sitting | null = null): SittingForm {
  return {
    version: existing?.version ?? null,
    title: values.title.trim(),
    startsAt: vietnamInputToInstant(values.startsAt) ?? values.startsAt,
    endsAt: values.endsAt === '' ? null : vietnamInputToInstant(values.endsAt),
    place: optionalText(values.place),
    closed: values.closed,
  };
}
