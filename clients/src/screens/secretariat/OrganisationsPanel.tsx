import { useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/I18nContext';
import type { Organisation } from '../../protocol/generated';
import { FormActions, SelectField, TextField } from '../../ui/form/fields';
import { useForm } from '../../ui/form/useForm';
import {
  checkOrganisation,
  emptyOrganisation,
  ORGANISATION_KINDS,
  organisationValues,
  toOrganisationForm,
} from './forms/organisationForm';
import { useLevelChoices } from './useLevels';

/** Councils and other organising bodies; only a system administrator creates or changes them. */
export function OrganisationsPanel(props: { organisations: readonly Organisation[]; onChanged: () => void }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<Organisation | null>(null);
  return (
    <section class="panel" aria-labelledby="organisations-heading">
      <h2 id="organisations-heading">{t('organisation.heading')}</h2>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{t('organisation.name')}</th>
            <th scope="col">{t('organisation.kind')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {props.organisations.map((organisation) => (
            <tr key={organisation.id}>
              <td>{organisation.name}</td>
              <td>{t(`organisationKind.${organisation.kind}`)}</td>
              <td>
                <button
                  type="button"
                  class="button"
                  onClick={() => setEditing(organisation)}
                  aria-label={t('common.editNamed', { name: organisation.name })}
                >
                  {t('common.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <OrganisationEditor
        key={editing?.id ?? 'new'}
        organisation={editing}
        organisations={props.organisations}
        onDone={() => {
          setEditing(null);
          props.onChanged();
        }}
        onCancel={() => setEditing(null)}
      />
    </section>
  );
}

function OrganisationEditor(props: {
  organisation: Organisation | null;
  organisations: readonly Organisation[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { api } = useServices();
  const levels = useLevelChoices();
  const form = useForm(props.organisation ? organisationValues(props.organisation) : emptyOrganisation, checkOrganisation);
  const save = form.onSubmit(async (values) => {
    const organisationForm = toOrganisationForm(values);
    if (props.organisation) {
      await api.updateOrganisation(props.organisation.id, organisationForm);
    } else {
      await api.createOrganisation(organisationForm);
      form.reset(emptyOrganisation);
    }
    props.onDone();
  });
  return (
    <form class="entity-form" onSubmit={save} noValidate data-testid="organisation-form" aria-labelledby="organisation-form-heading">
      <h3 id="organisation-form-heading">{props.organisation ? t('organisation.edit') : t('organisation.add')}</h3>
      <TextField form={form} name="name" label={t('organisation.name')} required />
      <SelectField
        form={form}
        name="kind"
        label={t('organisation.kind')}
        required
        choices={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`organisationKind.${kind}`) }))}
      />
      <SelectField form={form} name="level" label={t('organisation.level')} required choices={levels} emptyLabel={t('form.choose')} />
      <SelectField
        form={form}
        name="parentId"
        label={t('organisation.parent')}
        choices={props.organisations
          .filter((other) => other.id !== props.organisation?.id)
          .map((other) => ({ value: other.id, label: other.name }))}
        emptyLabel={t('form.none')}
      />
      <FormActions form={form} submitLabel={t('form.save')} onCancel={props.organisation ? props.onCancel : undefined} />
    </form>
  );
}
