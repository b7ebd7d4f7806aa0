import type { ComponentChildren, PartialInputHTMLAttributes } from 'preact';
import { useId } from 'preact/hooks';
import { useI18n } from '../../i18n/I18nContext';
import type { Form } from './useForm';
import type { FormValues } from './rules';

export type StringField<V> = { [K in keyof V & string]: V[K] extends string ? K : never }[keyof V & string];
type BooleanField<V> = { [K in keyof V & string]: V[K] extends boolean ? K : never }[keyof V & string];

export interface FieldProps<V extends FormValues, K> {
  form: Form<V>;
  name: K;
  label: string;
  required?: boolean;
  hint?: string;
  /** `field-<name>` unless given. */
  testId?: string;
}

/** Label, control and its message, tied together for screen readers (`for`, `aria-describedby`). */
export function FieldFrame(props: {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error: string | null;
  children: ComponentChildren;
}) {
  const { t } = useI18n();
  return (
    <div class={props.error ? 'field field-invalid' : 'field'}>
      <label for={props.id}>
        {props.label}
        {props.required && <span class="required-mark"> ({t('form.required')})</span>}
      </label>
      {props.children}
      {props.hint && (
        <p class="field-hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

export function describedBy(id: string, hint: string | undefined, error: string | null): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter((part) => part !== null);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** Dates and times have fields of their own (DateTimeFields): the browser's pickers follow its locale, not ours. */
export type TextKind = 'text' | 'number' | 'password';

export function TextField<V extends FormValues, K extends StringField<V>>(
  props: FieldProps<V, K> & { kind?: TextKind; autoComplete?: string; multiline?: boolean },
) {
  const id = useId();
  const error = props.form.error(props.name);
  const shared = {
    id,
    name: props.name,
    value: props.form.values[props.name] as string,
    required: props.required,
    autoComplete: props.autoComplete,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(id, props.hint, error),
    'data-testid': props.testId ?? `field-${props.name}`,
    onInput: (event: Event) =>
      props.form.set(props.name, (event.currentTarget as HTMLInputElement).value as V[K]),
  };
  return (
    <FieldFrame id={id} label={props.label} required={props.required} hint={props.hint} error={error}>
      {props.multiline ? <textarea {...shared} rows={4} /> : <TextInput kind={props.kind ?? 'text'} attributes={shared} />}
    </FieldFrame>
  );
}

/** Numbers are typed as text with a numeric keyboard: a number input silently drops what it cannot parse. */
function TextInput({ kind, attributes }: { kind: TextKind; attributes: Omit<PartialInputHTMLAttributes<HTMLInputElement>, 'type' | 'role'> }) {
  switch (kind) {
    case 'password':
      return <input {...attributes} type="password" />;
    case 'number':
      return <input {...attributes} type="text" inputMode="numeric" />;
    case 'text':
      return <input {...attributes} type="text" />;
  }
}

export interface Choice {
  value: string;
  label: string;
}

/** A text area kept by its owner rather than by a form, with its label: a passage quoted, a note, a comment. */
export function TextArea(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  rows?: number;
  testId: string;
}) {
  const id = useId();
  return (
    <FieldFrame id={id} label={props.label} error={null}>
      <textarea
        id={id}
        rows={props.rows ?? 2}
        maxLength={props.maxLength}
        value={props.value}
        onInput={(e) => props.onChange((e.currentTarget as HTMLTextAreaElement).value)}
        data-testid={props.testId}
      />
    </FieldFrame>
  );
}

export function SelectField<V extends FormValues, K extends StringField<V>>(
  props: FieldProps<V, K> & { choices: readonly Choice[]; emptyLabel?: string },
) {
  const id = useId();
  const error = props.form.error(props.name);
  return (
    <FieldFrame id={id} label={props.label} required={props.required} hint={props.hint} error={error}>
      <select
        id={id}
        name={props.name}
        value={props.form.values[props.name] as string}
        required={props.required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, error)}
        data-testid={props.testId ?? `field-${props.name}`}
        onChange={(event) => props.form.set(props.name, (event.currentTarget as HTMLSelectElement).value as V[K])}
      >
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField<V extends FormValues, K extends BooleanField<V>>(props: FieldProps<V, K>) {
  const id = useId();
  const error = props.form.error(props.name);
  return (
    <div class="field field-checkbox">
      <input
        id={id}
        type="checkbox"
        name={props.name}
        checked={props.form.values[props.name] as boolean}
        aria-describedby={describedBy(id, props.hint, error)}
        data-testid={props.testId ?? `field-${props.name}`}
        onChange={(event) => props.form.set(props.name, (event.currentTarget as HTMLInputElement).checked as V[K])}
      />
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The form's own message and its buttons. */
export function FormActions<V extends FormValues>(props: {
  form: Form<V>;
  submitLabel: string;
  onCancel?: () => void;
  submitTestId?: string;
}) {
  const { t } = useI18n();
  return (
    <div class="form-actions">
      {props.form.formError && (
        <p class="notice notice-error" role="alert">
          {props.form.formError}
        </p>
      )}
      <button type="submit" class="button button-primary" disabled={props.form.busy} data-testid={props.submitTestId ?? 'form-submit'}>
        {props.form.busy ? t('form.saving') : props.submitLabel}
      </button>
      {props.onCancel && (
        <button type="button" class="button" onClick={props.onCancel}>
          {t('form.cancel')}
        </button>
      )}
    </div>
  );
}
