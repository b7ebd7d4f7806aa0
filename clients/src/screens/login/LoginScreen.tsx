import { useState } from 'preact/hooks';
import { ApiFailure } from '../../api/apiFailure';
import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/I18nContext';
import type { Me } from '../../protocol/generated';
import { FormActions, TextField } from '../../ui/form/fields';
import { checkFields, required } from '../../ui/form/rules';
import { useForm } from '../../ui/form/useForm';

type Credentials = {
  username: string;
  password: string;
};

const checkCredentials = (values: Credentials) =>
  checkFields(values, { username: [required], password: [required] });

/**
 * Wrong credentials are told in the chosen language; so is how long to wait after too many attempts (the server's
 * Retry-After) or while the server is busy checking other logins; the server's own words when it gave no wait.
 */
type Refusal =
  | { kind: 'badCredentials' }
  | { kind: 'throttled'; busy: boolean; serverMessage: string | null; retryAfterSeconds: number | null };

export function LoginScreen({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const { t, format } = useI18n();
  const { api } = useServices();
  const form = useForm<Credentials>({ username: '', password: '' }, checkCredentials);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const signIn = form.onSubmit(async (values) => {
    setRefusal(null);
    try {
      onSignedIn(await api.login({ username: values.username.trim(), password: values.password }));
    } catch (failure) {
      if (failure instanceof ApiFailure && failure.status === 401) {
        setRefusal({ kind: 'badCredentials' });
      } else if (failure instanceof ApiFailure && (failure.status === 429 || failure.status === 503)) {
        setRefusal({
          kind: 'throttled',
          busy: failure.status === 503,
          serverMessage: failure.serverMessage,
          retryAfterSeconds: failure.retryAfterSeconds,
        });
      } else {
        throw failure;
      }
    }
  });

  function throttledText(refusal: Extract<Refusal, { kind: 'throttled' }>): string {
    const seconds = refusal.retryAfterSeconds;
    if (seconds === null) {
      return refusal.serverMessage ?? t('login.tooManyAttempts');
    }
    if (refusal.busy) {
      return t('login.busyWait', { seconds: format.number(seconds) });
    }
    return seconds <= 60
      ? t('login.tooManyAttemptsWait', { seconds: format.number(seconds) })
      : t('login.tooManyAttemptsWaitMinutes', { minutes: format.number(Math.ceil(seconds / 60)) });
  }

  return (
    <section class="panel login" aria-labelledby="login-heading">
      <h1 id="login-heading">{t('login.heading')}</h1>
      <form onSubmit={signIn} noValidate>
        <TextField form={form} name="username" label={t('login.username')} required autoComplete="username" testId="login-username" />
        <TextField
          form={form}
          name="password"
          kind="password"
          label={t('login.password')}
          required
          autoComplete="current-password"
          testId="login-password"
        />
        {refusal && (
          <p class="notice notice-error" role="alert" data-testid="login-error">
            {refusal.kind === 'badCredentials' ? t('login.badCredentials') : throttledText(refusal)}
          </p>
        )}
        <FormActions form={form} submitLabel={t('login.submit')} submitTestId="login-submit" />
      </form>
    </section>
  );
}
