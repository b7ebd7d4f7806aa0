import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/I18nContext';
import { FormActions, TextField } from '../../ui/form/fields';
import { useForm } from '../../ui/form/useForm';
import { InfoNotice, Loading, ProblemNotice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { checkDelegation, emptyDelegation, toDelegationForm } from './forms/delegationForm';

/** Tổ đại biểu: the groups delegates belong to. */
export function DelegationsPanel({ organisationId }: { organisationId: string }) {
  const { t } = useI18n();
  const { api } = useServices();
  const delegations = useAsync(() => api.delegations(organisationId), [organisationId]);
  const form = useForm(emptyDelegation, checkDelegation);
  const add = form.onSubmit(async (values) => {
    await api.createDelegation(organisationId, toDelegationForm(values));
    form.reset(emptyDelegation);
    delegations.reload();
  });
  return (
    <section class="panel" aria-labelledby="delegations-heading">
      <h2 id="delegations-heading">{t('delegation.heading')}</h2>
      <ProblemNotice problem={delegations.problem} />
      {delegations.loading && !delegations.data && <Loading />}
      {delegations.data?.length === 0 && <InfoNotice>{t('delegation.none')}</InfoNotice>}
      <ul class="plain-list" data-testid="delegation-list">
        {(delegations.data ?? []).map((delegation) => (
          <li key={delegation.id}>{delegation.name}</li>
        ))}
      </ul>
      <form class="entity-form" onSubmit={add} noValidate data-testid="delegation-form" aria-labelledby="delegation-form-heading">
        <h3 id="delegation-form-heading">{t('delegation.add')}</h3>
        <TextField form={form} name="name" label={t('delegation.name')} required />
        <FormActions form={form} submitLabel={t('form.add')} />
      </form>
    </section>
  );
}
