import { useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/I18nContext';
import type { Me } from '../../protocol/generated';
import { FormActions, TextField } from '../../ui/form/fields';
import { checkFields, maxLength, minLength, required, type Issues } from '../../ui/form/rules';
import { useForm } from '../../ui/form/useForm';
import { PASSWORD_MAX, PASSWORD_MIN } from '../secretariat/forms/limits';

type PasswordValues = {
  currentPassword: string;
  newPassword: string;
  repeated: string;
};

export function checkPasswords(values: PasswordValues): Issues<PasswordValues> {
  const issues = checkFields(values, {
    currentPassword: [required],
    newPassword: [required, minLength(PASSWORD_MIN), maxLength(PASSWORD_MAX)],
    repeated: [required],
  });
  if (!issues.repeated && values.repeated !== values.newPassword) {
    issues.repeated = { key: 'password.mismatch' };
  }
  return issues;
}

/**
 * The person's own password: shown on its own after a login with a password someone else set (nothing else works
 * until it is changed), and from the header's "Đổi mật khẩu" at any time. The server's policy has the last word; its
 * message appears next to the new password.
 */
export function ChangePasswordScreen(props: { forced: boolean; onChanged: (me: Me) => void; onCancel?: () => void }) {
  const { t } = useI18n();
  const { api } = useServices();
  const form = useForm<PasswordValues>({ currentPassword: '', newPassword: '', repeated: '' }, checkPasswords);
  const [done, setDone] = useState(false);

  const change = form.onSubmit(async (values) => {
    const me = await api.changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword });
    form.reset({ currentPassword: '', newPassword: '', repeated: '' });
    setDone(true);
    props.onChanged(me);
  });

  return (
    <section class="panel login" aria-labelledby="password-heading" data-testid="change-password">
      <h1 id="password-heading">{t('password.heading')}</h1>
      {props.forced && (
        <p class="notice" role="status" data-testid="password-required">
          {t('password.required')}
        </p>
      )}
      {done && (
        <p class="notice" role="status" data-testid="password-changed">
          {t('password.changed')}
        </p>
      )}
      <form onSubmit={change} noValidate>
        <TextField form={form} name="currentPassword" kind="password" label={t('password.current')} required autoComplete="current-password" />
        <TextField
          form={form}
          name="newPassword"
          kind="password"
          label={t('password.new')}
          hint={t('password.hint', { min: PASSWORD_MIN })}
          required
          autoComplete="new-password"
        />
        <TextField form={form} name="repeated" kind="password" label={t('password.repeat')} required autoComplete="new-password" />
        <FormActions form={form} submitLabel={t('password.submit')} onCancel={props.onCancel} submitTestId="password-submit" />
      </form>
    </section>
  );
}
