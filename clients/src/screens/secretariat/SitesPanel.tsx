import { useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/I18nContext';
import { sortByVietnameseName } from '../../people/vietnameseNames';
import type { Member, Site } from '../../protocol/generated';
import { FormActions, SelectField, TextField, type Choice } from '../../ui/form/fields';
import { useForm } from '../../ui/form/useForm';
import { InfoNotice, Loading, ProblemNotice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { checkSite, emptySite, SITE_KINDS, siteValues, toSiteForm } from './forms/siteForm';
import { useLevelChoices } from './useLevels';

/** Điểm cầu: the rooms that join a sitting or a briefing, each with its operator. */
export function SitesPanel({ organisationId }: { organisationId: string }) {
  const { t } = useI18n();
  const { api } = useServices();
  const sites = useAsync(() => api.sites(organisationId), [organisationId]);
  const members = useAsync(() => api.members(organisationId), [organisationId]);
  const levels = useLevelChoices();
  const [editing, setEditing] = useState<Site | null>(null);
  const levelName = (code: string) => levels.find((level) => level.value === code)?.label ?? code;

  return (
    <section class="panel" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('site.listHeading')}</h2>
      <ProblemNotice problem={sites.problem} />
      {sites.loading && !sites.data && <Loading />}
      {sites.data?.length === 0 && <InfoNotice>{t('site.none')}</InfoNotice>}
      {sites.data && sites.data.length > 0 && (
        <table class="data-table" data-testid="site-list">
          <thead>
            <tr>
              <th scope="col">{t('site.name')}</th>
              <th scope="col">{t('site.kind')}</th>
              <th scope="col">{t('site.level')}</th>
              <th scope="col">{t('site.operator')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {sites.data.map((site) => (
              <tr key={site.id}>
                <td>{site.name}</td>
                <td>{t(`siteKind.${site.kind}`)}</td>
                <td>{levelName(site.level)}</td>
                <td>{site.operatorName}</td>
                <td>
                  <button type="button" class="button" onClick={() => setEditing(site)} aria-label={t('common.editNamed', { name: site.name })}>
                    {t('common.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SiteEditor
        key={editing?.id ?? 'new'}
        organisationId={organisationId}
        site={editing}
        sites={sites.data ?? []}
        operators={operatorChoices(members.data ?? [])}
        levels={levels}
        onDone={() => {
          setEditing(null);
          sites.reload();
        }}
        onCancel={() => setEditing(null)}
      />
    </section>
  );
}

function operatorChoices(members: readonly Member[]): Choice[] {
  return sortByVietnameseName(
    members.filter((member) => member.role === 'SITE_OPERATOR'),
    (member) => member.fullName,
  ).map((member) => ({ value: member.membershipId, label: member.fullName }));
}

function SiteEditor(props: {
  organisationId: string;
  site: Site | null;
  sites: readonly Site[];
  operators: Choice[];
  levels: Choice[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { api } = useServices();
  const form = useForm(props.site ? siteValues(props.site) : emptySite, checkSite);
  const save = form.onSubmit(async (values) => {
    if (props.site) {
      await api.updateSite(props.site.id, toSiteForm(values));
    } else {
      await api.createSite(props.organisationId, toSiteForm(values));
      form.reset(emptySite);
    }
    props.onDone();
  });
  return (
    <form class="entity-form" onSubmit={save} noValidate data-testid="site-form" aria-labelledby="site-form-heading">
      <h3 id="site-form-heading">{props.site ? t('site.edit') : t('site.add')}</h3>
      <TextField form={form} name="name" label={t('site.name')} required />
      <SelectField
        form={form}
        name="kind"
        label={t('site.kind')}
        required
        choices={SITE_KINDS.map((kind) => ({ value: kind, label: t(`siteKind.${kind}`) }))}
      />
      <SelectField form={form} name="level" label={t('site.level')} required choices={props.levels} emptyLabel={t('form.choose')} />
      <SelectField
        form={form}
        name="parentId"
        label={t('site.parent')}
        choices={props.sites.filter((other) => other.id !== props.site?.id).map((other) => ({ value: other.id, label: other.name }))}
        emptyLabel={t('form.none')}
      />
      <SelectField
        form={form}
        name="operatorMembershipId"
        label={t('site.operator')}
        choices={props.operators}
        emptyLabel={t('form.none')}
      />
      <FormActions form={form} submitLabel={t('form.save')} onCancel={props.site ? props.onCancel : undefined} />
    </form>
  );
}
