import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/I18nContext';
import { TextField } from '../../ui/form/fields';
import { useForm } from '../../ui/form/useForm';
import { useListChanges } from '../../realtime/useListChanges';
import { useAsync } from '../../ui/useAsync';
import { EntityForm } from './EntityForm';
import { checkDelegation, emptyDelegation, toDelegationForm } from './forms/delegationForm';
import { ListPanel } from './ListPanel';

/** Tổ đại biểu: the groups delegates belong to. */
export function DelegationsPanel({ organisationId }: { organisationId: string }) {
  const { t } = useI18n();
  const { api } = useServices();
  const delegations = useAsync(() => api.delegations(organisationId), [organisationId]);
  useListChanges(organisationId, ['DELEGATIONS'], delegations.reload);
  const form = useForm(emptyDelegation, checkDelegation);
  const add = form.onSubmit(async (values) => {
    await api.createDelegation(organisationId, toDelegationForm(values));
    form.reset(emptyDelegation);
    delegations.reload();
  });
  return (
    <ListPanel
      headingId="delegations-heading"
      heading={t('delegation.heading')}
      source={delegations}
      empty={delegations.data?.length === 0 && t('delegation.none')}
    >
      <ul class="plain-list" data-testid="delegation-list">
        {(delegations.data ?? []).map((delegation) => (
          <li key={delegation.id}>{delegation.name}</li>
        ))}
      </ul>
      <EntityForm testId="delegation-form" heading={t('delegation.add')} editor={{ form, save: add }} submitLabel={t('form.add')}>
        <TextField form={form} name="name" label={t('delegation.name')} required />
      </EntityForm>
    </ListPanel>
  );
}
