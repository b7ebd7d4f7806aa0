import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/I18nContext';
import { sortByVietnameseName } from '../../people/vietnameseNames';
import type { Member, Site } from '../../protocol/generated';
import { SelectField, TextField, type Choice } from '../../ui/form/fields';
import { useListChanges } from '../../realtime/useListChanges';
import { useAsync } from '../../ui/useAsync';
import { DataTable, EditButton, RowActions } from './DataTable';
import { EntityForm } from './EntityForm';
import { checkSite, emptySite, SITE_KINDS, siteValues, toSiteForm } from './forms/siteForm';
import { ListPanel } from './ListPanel';
import { parentChoices } from './parentChoices';
import { useEditing, useEntityEditor, type Editing } from './useEntityEditor';
import { useLevelChoices } from './useLevels';

/** Điểm cầu: the rooms that join a sitting or a briefing, each with its operator. */
export function SitesPanel({ organisationId }: { organisationId: string }) {
  const { t } = useI18n();
  const { api } = useServices();
  const sites = useAsync(() => api.sites(organisationId), [organisationId]);
  const members = useAsync(() => api.members(organisationId), [organisationId]);
  // A member renamed or made operator changes what the site list shows, too.
  useListChanges(organisationId, ['SITES', 'MEMBERS'], sites.reload);
  useListChanges(organisationId, ['MEMBERS'], members.reload);
  const levels = useLevelChoices();
  const editing = useEditing<Site>(sites.reload);
  const levelName = (code: string) => levels.find((level) => level.value === code)?.label ?? code;

  return (
    <ListPanel headingId="sites-heading" heading={t('site.listHeading')} source={sites} empty={sites.data?.length === 0 && t('site.none')}>
      {sites.data && sites.data.length > 0 && (
        <DataTable testId="site-list" columns={[t('site.name'), t('site.kind'), t('site.level'), t('site.operator')]}>
          {sites.data.map((site) => (
            <tr key={site.id}>
              <td>{site.name}</td>
              <td>{t(`siteKind.${site.kind}`)}</td>
              <td>{levelName(site.level)}</td>
              <td>{site.operatorName}</td>
              <RowActions>
                <EditButton name={site.name} onClick={() => editing.edit(site)} />
              </RowActions>
            </tr>
          ))}
        </DataTable>
      )}
      <SiteEditor
        key={editing.entity?.id ?? 'new'}
        organisationId={organisationId}
        editing={editing}
        sites={sites.data ?? []}
        operators={operatorChoices(members.data ?? [])}
        levels={levels}
      />
    </ListPanel>
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
  editing: Editing<Site>;
  sites: readonly Site[];
  operators: Choice[];
  levels: Choice[];
}) {
  const { t } = useI18n();
  const { api } = useServices();
  const site = props.editing.entity;
  const editor = useEntityEditor(props.editing, {
    empty: emptySite,
    values: siteValues,
    check: checkSite,
    toForm: (values, existing) => toSiteForm(values, existing),
    create: (form) => api.createSite(props.organisationId, form),
    update: (existing, form) => api.updateSite(existing.id, form),
  });
  const { form } = editor;
  return (
    <EntityForm testId="site-form" heading={site ? t('site.edit') : t('site.add')} editor={editor}>
      <TextField form={form} name="name" label={t('site.name')} required />
      <SelectField
        form={form}
        name="kind"
        label={t('site.kind')}
        required
        choices={SITE_KINDS.map((kind) => ({ value: kind, label: t(`siteKind.${kind}`) }))}
      />
      <SelectField form={form} name="level" label={t('site.level')} required choices={props.levels} emptyLabel={t('form.choose')} />
      <SelectField form={form} name="parentId" label={t('site.parent')} choices={parentChoices(props.sites, site)} emptyLabel={t('form.none')} />
      <SelectField
        form={form}
        name="operatorMembershipId"
        label={t('site.operator')}
        choices={props.operators}
        emptyLabel={t('form.none')}
      />
    </EntityForm>
  );
}
