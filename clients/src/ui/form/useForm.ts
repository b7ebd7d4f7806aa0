import { useState } from 'preact/hooks';
import { ApiFailure } from '../../api/apiFailure';
import { useI18n } from '../../i18n/I18nContext';
import { serverFieldKey } from '../../i18n/translate';
import type { FieldError } from '../../protocol/generated';
import type { Problem } from '../problem';
import { asProblem, problemText } from '../problemText';
import type { FormValues, Issues } from './rules';

export interface Form<V extends FormValues> {
  values: V;
  set<K extends keyof V & string>(field: K, value: V[K]): void;
  /** The text to show under a field: our own check once the field was edited (or submit tried), else the server's. */
  error(field: keyof V & string): string | null;
  /** The message above the submit button: the server's, or a request to fix the marked fields. */
  formError: string | null;
  busy: boolean;
  onSubmit(action: (values: V) => Promise<void>): (event: Event) => Promise<void>;
  reset(values: V): void;
}

/** Where the server's message about one of its fields goes when the form names that field differently. */
export type ServerFields<V extends FormValues> = Readonly<Record<string, keyof V & string>>;

/**
 * The state of one form: values as typed, checked on every keystroke. The state lives in the component that shows
 * the form, so it outlives reconnects and language switches.
 */
export function useForm<V extends FormValues>(
  initial: V,
  check: (values: V) => Issues<V>,
  serverFields: ServerFields<V> = {},
): Form<V> {
  const i18n = useI18n();
  const { t } = i18n;
  const [values, setValues] = useState<V>(initial);
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const [submitTried, setSubmitTried] = useState(false);
  const [serverMessages, setServerMessages] = useState<Readonly<Record<string, FieldError>>>({});
  const [failure, setFailure] = useState<Problem | 'invalid' | null>(null);
  const [busy, setBusy] = useState(false);
  const issues = check(values);
  const valid = Object.keys(issues).length === 0;

  /** As problemText: the server's own words in Vietnamese, the catalogue's for its code in English. */
  function serverFieldText({ code, message }: FieldError): string {
    const known = serverFieldKey(code);
    return i18n.locale === 'vi' || known === null ? message : t(known);
  }

  return {
    values,
    set(field, value) {
      setValues((previous) => ({ ...previous, [field]: value }));
      setEdited((previous) => new Set(previous).add(field));
      setServerMessages(({ [field]: _dropped, ...others }) => others);
    },
    error(field) {
      const issue = issues[field];
      if (issue && (submitTried || edited.has(field))) {
        return t(issue.key, issue.params);
      }
      const refused = serverMessages[field];
      return refused ? serverFieldText(refused) : null;
    },
    formError:
      failure === 'invalid' ? (valid ? null : t('validation.fixFields')) : failure ? problemText(failure, i18n) : null,
    busy,
    onSubmit(action) {
      return async (event) => {
        event.preventDefault();
        setSubmitTried(true);
        if (!valid) {
          setFailure('invalid');
          return;
        }
        setBusy(true);
        setFailure(null);
        try {
          await action(values);
          setSubmitTried(false);
          setEdited(new Set());
        } catch (error) {
          setFailure(asProblem(error));
          if (error instanceof ApiFailure) {
            setServerMessages(
              Object.fromEntries(error.fields.map((field) => [serverFields[field.field] ?? field.field, field])),
            );
          }
        } finally {
          setBusy(false);
        }
      };
    },
    reset(next) {
      setValues(next);
      setEdited(new Set());
      setSubmitTried(false);
      setServerMessages({});
      setFailure(null);
    },
  };
}
