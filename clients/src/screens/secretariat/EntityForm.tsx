import type { ComponentChildren } from 'preact';
import { useI18n } from '../../i18n/I18nContext';
import { FormActions } from '../../ui/form/fields';
import type { FormValues } from '../../ui/form/rules';
import type { FormEditor } from './useEntityEditor';

/** The frame of every add/edit form of the console: heading, the fields given, then message, save and cancel. */
export function EntityForm<V extends FormValues>(props: {
  /** Also names the heading: `<testId>-heading`. */
  testId: string;
  heading: string;
  editor: FormEditor<V>;
  submitLabel?: string;
  children: ComponentChildren;
}) {
  const { t } = useI18n();
  const headingId = `${props.testId}-heading`;
  return (
    <form class="entity-form" onSubmit={props.editor.save} noValidate data-testid={props.testId} aria-labelledby={headingId}>
      <h3 id={headingId}>{props.heading}</h3>
      {props.children}
      <FormActions form={props.editor.form} submitLabel={props.submitLabel ?? t('form.save')} onCancel={props.editor.cancel} />
    </form>
  );
}
