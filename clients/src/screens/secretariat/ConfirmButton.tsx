import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/I18nContext';

/** A destructive action that asks once more in place, without a modal dialog. */
export function ConfirmButton(props: {
  label: string;
  confirmLabel: string;
  accessibleLabel: string;
  disabled?: boolean;
  onConfirm: () => void;
  testId?: string;
}) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        class="button button-danger"
        disabled={props.disabled}
        aria-label={props.accessibleLabel}
        onClick={() => setAsking(true)}
        data-testid={props.testId}
      >
        {props.label}
      </button>
    );
  }
  return (
    <span class="confirm">
      <button
        type="button"
        class="button button-danger"
        disabled={props.disabled}
        onClick={() => {
          setAsking(false);
          props.onConfirm();
        }}
        data-testid={props.testId && `${props.testId}-confirm`}
      >
        {props.confirmLabel}
      </button>
      <button type="button" class="button" onClick={() => setAsking(false)}>
        {t('form.cancel')}
      </button>
    </span>
  );
}
