import type { Sitting, SittingForm } from '../../../protocol/generated';
import { formatTypedDate, parseTypedDate, parseTypedTime } from '../../../time/typedDateTime';
import { instantToVietnamInput, vietnamInputToInstant } from '../../../time/vietnamTime';
import { checkFields, maxLength, optionalText, required, typedDate, typedTime, type Issues } from '../../../ui/form/rules';
import { PLACE_MAX, SITTING_TITLE_MAX } from './limits';

/**
 * A sitting's times as typed, in Vietnam time: a date day first (`08/12/2026`) and a time on the 24-hour clock
 * (`14:30`) for its start and its expected end. The end's date may stay empty for the day the sitting starts.
 */
export type SittingValues = {
  title: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  place: string;
  closed: boolean;
};

export const emptySitting: SittingValues = {
  title: '',
  startDate: '',
  startTime: '',
  endDate: '',
  endTime: '',
  place: '',
  closed: false,
};

/** The server checks `startsAt` and `endsAt`: its messages about them go under the time fields. */
export const sittingServerFields = { startsAt: 'startTime', endsAt: 'endTime' } as const;

/** `2026-12-08T01:30:00Z` as the date and time typed in Vietnam: `['08/12/2026', '08:30']`. */
function typedVietnamTime(instant: string): [string, string] {
  const [date, time] = instantToVietnamInput(instant).split('T');
  return [formatTypedDate(date), time];
}

export function sittingValues(sitting: Sitting): SittingValues {
  const [startDate, startTime] = typedVietnamTime(sitting.startsAt);
  const [endDate, endTime] = sitting.endsAt === null ? ['', ''] : typedVietnamTime(sitting.endsAt);
  return {
    title: sitting.title,
    startDate,
    startTime,
    endDate: endDate === startDate ? '' : endDate,
    endTime,
    place: sitting.place ?? '',
    closed: sitting.closed,
  };
}

/** The instant of a Vietnam date and time as typed, or null when either does not read. */
function instantOf(date: string, time: string): string | null {
  const day = parseTypedDate(date);
  const clock = parseTypedTime(time);
  return day === null || clock === null ? null : vietnamInputToInstant(`${day}T${clock}`);
}

function endInstant(values: SittingValues): string | null {
  return values.endTime.trim() === '' ? null : instantOf(values.endDate.trim() === '' ? values.startDate : values.endDate, values.endTime);
}

export function checkSitting(values: SittingValues): Issues<SittingValues> {
  const issues = checkFields(values, {
    title: [required, maxLength(SITTING_TITLE_MAX)],
    startDate: [required, typedDate],
    startTime: [required, typedTime],
    endDate: [typedDate],
    endTime: [typedTime],
    place: [maxLength(PLACE_MAX)],
  });
  if (!issues.endDate && !issues.endTime && values.endDate.trim() !== '' && values.endTime.trim() === '') {
    issues.endTime = { key: 'validation.endTimeNeeded' };
  }
  const start = instantOf(values.startDate, values.startTime);
  const end = endInstant(values);
  if (!issues.endDate && !issues.endTime && start !== null && end !== null && end <= start) {
    issues.endTime = { key: 'validation.endsBeforeStart' };
  }
  return issues;
}

/** Call only with values that passed `checkSitting`. */
export function toSittingForm(values: SittingValues, existing: Sitting | null = null): SittingForm {
  return {
    version: existing?.version ?? null,
    title: values.title.trim(),
    startsAt: instantOf(values.startDate, values.startTime) ?? '',
    endsAt: endInstant(values),
    place: optionalText(values.place),
    closed: values.closed,
  };
}
