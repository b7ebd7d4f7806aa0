import type { MessageKey, MessageParams } from '../../i18n/translate';
import { parseTypedDate, parseTypedTime } from '../../time/typedDateTime';

/** What is wrong with a value, as a catalogue key (translated when shown, so a language switch follows). */
export interface FieldIssue {
  key: MessageKey;
  params?: MessageParams;
}

export type Rule = (value: string) => FieldIssue | null;

export type FormValues = Record<string, string | boolean>;

export type Issues<V extends FormValues> = Partial<Record<keyof V & string, FieldIssue>>;

export const required: Rule = (value) => (value.trim() === '' ? { key: 'validation.required' } : null);

/** The remaining rules accept an empty value: combine with `required` where one is needed. */
export const maxLength =
  (max: number): Rule =>
  (value) =>
    value.trim().length > max ? { key: 'validation.maxLength', params: { max } } : null;

export const minLength =
  (min: number): Rule =>
  (value) =>
    value !== '' && value.length < min ? { key: 'validation.minLength', params: { min } } : null;

export const integerBetween =
  (min: number, max: number): Rule =>
  (value) => {
    if (value.trim() === '') {
      return null;
    }
    const number = Number(value);
    return Number.isInteger(number) && number >= min && number <= max
      ? null
      : { key: 'validation.integerBetween', params: { min, max } };
  };

export const pattern =
  (shape: RegExp, key: MessageKey): Rule =>
  (value) =>
    value !== '' && !shape.test(value) ? { key } : null;

/** A date typed day first (dd/mm/yyyy): see parseTypedDate. */
export const typedDate: Rule = (value) => (value.trim() !== '' && parseTypedDate(value) === null ? { key: 'validation.date' } : null);

/** A time of day on the 24-hour clock (HH:mm): see parseTypedTime. */
export const typedTime: Rule = (value) => (value.trim() !== '' && parseTypedTime(value) === null ? { key: 'validation.time' } : null);

/** The first issue of each field, rules checked in the order given. */
export function checkFields<V extends FormValues>(
  values: V,
  rules: Partial<Record<keyof V & string, readonly Rule[]>>,
): Issues<V> {
  const issues: Issues<V> = {};
  for (const field of Object.keys(rules) as Array<keyof V & string>) {
    const value = values[field];
    const text = typeof value === 'string' ? value : '';
    const issue = rules[field]?.map((rule) => rule(text)).find((found) => found !== null);
    if (issue) {
      issues[field] = issue;
    }
  }
  return issues;
}

/** Empty text becomes null, other text is trimmed: optional protocol fields are `string | null`. */
export function optionalText(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
