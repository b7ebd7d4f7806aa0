import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/I18nContext';
import type { Organisation } from '../../protocol/generated';
import { SelectField, TextField } from '../../ui/form/fields';
import { DataTable, EditButton, RowActions } from './DataTable';
import { EntityForm } from './EntityForm';
import {
  checkOrganisation,
  emptyOrganisation,
  ORGANISATION_KINDS,
  organisationValues,
  toOrganisationForm,
} from './forms/organisationForm';
import { ListPanel } from './ListPanel';
import { parentChoices } from './parentChoices';
import { useEditing, useEntityEditor, type Editing } from './useEntityEditor';
import { useLevelChoices } from './useLevels';

/** Councils and other organising bodies; only a system administrator creates or changes them. */
export function OrganisationsPanel(props: { organisations: readonly Organisation[]; onChanged: () => void }) {
  const { t } = useI18n();
  const editing = useEditing<Organisation>(props.onChanged);
  return (
    <ListPanel headingId="organisations-heading" heading={t('organisation.heading')}>
      <DataTable columns={[t('organisation.name'), t('organisation.kind')]}>
        {props.organisations.map((organisation) => (
          <tr key={organisation.id}>
            <td>{organisation.name}</td>
            <td>{t(`organisationKind.${organisation.kind}`)}</td>
            <RowActions>
              <EditButton name={organisation.name} onClick={() => editing.edit(organisation)} />
            </RowActions>
          </tr>
        ))}
      </DataTable>
      <OrganisationEditor key={editing.entity?.id ?? 'new'} editing={editing} organisations={props.organisations} />
    </ListPanel>
  );
}

function OrganisationEditor(props: { editing: Editing<Organisation>; organisations: readonly Organisation[] }) {
  const { t } = useI18n();
  const { api } = useServices();
  const levels = useLevelChoices();
  const organisation = props.editing.entity;
  const editor = useEntityEditor(props.editing, {
    empty: emptyOrganisation,
    values: organisationValues,
    check: checkOrganisation,
    toForm: (values, existing) => toOrganisationForm(values, existing),
    create: (form) => api.createOrganisation(form),
    update: (existing, form) => api.updateOrganisation(existing.id, form),
  });
  const { form } = editor;
  return (
    <EntityForm testId="organisation-form" heading={organisation ? t('organisation.edit') : t('organisation.add')} editor={editor}>
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
        choices={parentChoices(props.organisations, organisation)}
        emptyLabel={t('form.none')}
      />
      {form.values.kind === 'COUNCIL' && (
        <fieldset class="quorum-share">
          <legend>{t('organisation.quorum')}</legend>
          <TextField form={form} name="quorumNumerator" kind="number" label={t('organisation.quorumNumerator')} required />
          <TextField form={form} name="quorumDenominator" kind="number" label={t('organisation.quorumDenominator')} required />
        </fieldset>
      )}
    </EntityForm>
  );
}
