import { useId } from 'preact/hooks';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/translate';
import { formatTypedDate, maskDateTyping, maskTimeTyping, parseTypedDate, parseTypedTime } from '../../time/typedDateTime';
import { describedBy, FieldFrame, type FieldProps, type StringField } from './fields';
import type { FormValues } from './rules';

/** How one kind of field is typed: its mask, how its text is tidied once it reads right, and how it is explained. */
interface Typing {
  mask(previous: string, next: string): string;
  tidy(text: string): string | null;
  placeholder: string;
  maxLength: number;
  hint: MessageKey;
}

const DATE: Typing = {
  mask: maskDateTyping,
  tidy: (text) => {
    const iso = parseTypedDate(text);
    return iso === null ? null : formatTypedDate(iso);
  },
  placeholder: 'dd/mm/yyyy',
  maxLength: 10,
  hint: 'form.dateHint',
};

const TIME: Typing = {
  mask: maskTimeTyping,
  tidy: parseTypedTime,
  placeholder: 'HH:mm',
  maxLength: 5,
  hint: 'form.timeHint',
};

/** A date typed as dd/mm/yyyy (the form holds the text; `typedDate` checks it, `parseTypedDate` reads it). */
export function DateField<V extends FormValues, K extends StringField<V>>(props: FieldProps<V, K>) {
  return <TypedField {...props} typing={DATE} />;
}

/** A time of day typed on the 24-hour clock as HH:mm (the form holds the text; `typedTime` checks it). */
export function TimeField<V extends FormValues, K extends StringField<V>>(props: FieldProps<V, K>) {
  return <TypedField {...props} typing={TIME} />;
}

/**
 * A plain text input: digits are all it takes (separators go in by themselves, a numeric keyboard on tablets), the
 * text is tidied to its full form when the field is left, and the expected form is said in the hint, which screen
 * readers read with the label. No picker: nothing to fight with the keyboard, nothing in the browser's locale.
 */
function TypedField<V extends FormValues, K extends StringField<V>>(props: FieldProps<V, K> & { typing: Typing }) {
  const { t } = useI18n();
  const id = useId();
  const { form, name, typing } = props;
  const error = form.error(name);
  const value = form.values[name] as string;
  const hint = [t(typing.hint), props.hint].filter(Boolean).join(' ');
  return (
    <FieldFrame id={id} label={props.label} required={props.required} hint={hint} error={error}>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellcheck={false}
        name={name}
        value={value}
        placeholder={typing.placeholder}
        maxLength={typing.maxLength}
        required={props.required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        data-testid={props.testId ?? `field-${name}`}
        onInput={(event) => {
          const input = event.currentTarget;
          const next = typing.mask(value, input.value);
          // A controlled input shows what the form holds; set it here too so the caret stays at the end.
          input.value = next;
          form.set(name, next as V[K]);
        }}
        onBlur={() => {
          const tidy = typing.tidy(value);
          if (tidy !== null && tidy !== value) {
            form.set(name, tidy as V[K]);
          }
        }}
      />
    </FieldFrame>
  );
}
