import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/I18nContext';
import { sortByVietnameseName } from '../../people/vietnameseNames';
import type { Delegation, Member, Site } from '../../protocol/generated';
import { DateField } from '../../ui/form/DateTimeFields';
import { SelectField, TextField } from '../../ui/form/fields';
import { useAction } from '../../ui/useAction';
import { useListChanges } from '../../realtime/useListChanges';
import { useAsync } from '../../ui/useAsync';
import { ConfirmButton } from './ConfirmButton';
import { DataTable, EditButton, RowActions } from './DataTable';
import { EntityForm } from './EntityForm';
import { checkMember, emptyMember, memberValues, ROLES, toMemberForm } from './forms/memberForm';
import { ListPanel } from './ListPanel';
import { useEditing, useEntityEditor, type Editing } from './useEntityEditor';

export function MembersPanel({ organisationId }: { organisationId: string }) {
  const { t } = useI18n();
  const { api } = useServices();
  const members = useAsync(() => api.members(organisationId), [organisationId]);
  const delegations = useAsync(() => api.delegations(organisationId), [organisationId]);
  const sites = useAsync(() => api.sites(organisationId), [organisationId]);
  useListChanges(organisationId, ['MEMBERS'], members.reload);
  useListChanges(organisationId, ['DELEGATIONS'], delegations.reload);
  useListChanges(organisationId, ['SITES'], sites.reload);
  const removal = useAction();
  const editing = useEditing<Member>(members.reload);
  const sorted = sortByVietnameseName(members.data ?? [], (member) => member.fullName);

  return (
    <ListPanel headingId="members-heading" heading={t('member.heading')} source={members} problem={removal.problem}>
      <DataTable
        testId="member-list"
        columns={[t('member.fullName'), t('member.title'), t('member.role'), t('member.delegation'), t('member.username')]}
      >
        {sorted.map((member) => (
          <tr key={member.membershipId} data-testid={`member-${member.membershipId}`}>
            <td>{member.fullName}</td>
            <td>{member.title}</td>
            <td>{t(`role.${member.role}`)}</td>
            <td>
              {member.delegationName}
              {member.siteName && <span class="member-site"> · {member.siteName}</span>}
            </td>
            <td>{member.username}</td>
            <RowActions>
              <EditButton name={member.fullName} onClick={() => editing.edit(member)} />
              <ConfirmButton
                label={t('common.delete')}
                confirmLabel={t('common.confirmDelete')}
                accessibleLabel={t('common.deleteNamed', { name: member.fullName })}
                disabled={removal.busy}
                onConfirm={() =>
                  removal.run(async () => {
                    await api.deleteMember(member.membershipId);
                    members.reload();
                  })
                }
              />
            </RowActions>
          </tr>
        ))}
      </DataTable>
      <MemberEditor
        key={editing.entity?.membershipId ?? 'new'}
        organisationId={organisationId}
        editing={editing}
        delegations={delegations.data ?? []}
        sites={sites.data ?? []}
      />
    </ListPanel>
  );
}

function MemberEditor(props: {
  organisationId: string;
  editing: Editing<Member>;
  delegations: readonly Delegation[];
  sites: readonly Site[];
}) {
  const { t } = useI18n();
  const { api } = useServices();
  const isNew = props.editing.entity === null;
  const editor = useEntityEditor(props.editing, {
    empty: emptyMember,
    values: memberValues,
    check: (values) => checkMember(values, isNew),
    toForm: (values, existing) => toMemberForm(values, existing),
    create: (form) => api.createMember(props.organisationId, form),
    update: (member, form) => api.updateMember(member.membershipId, form),
  });
  const { form } = editor;
  return (
    <EntityForm testId="member-form" heading={isNew ? t('member.add') : t('member.edit')} editor={editor}>
      <TextField form={form} name="fullName" label={t('member.fullName')} required hint={t('member.fullNameHint')} />
      <TextField form={form} name="title" label={t('member.title')} />
      <TextField form={form} name="username" label={t('member.username')} required autoComplete="off" />
      <TextField
        form={form}
        name="password"
        kind="password"
        label={t('member.password')}
        required={isNew}
        autoComplete="new-password"
        hint={isNew ? undefined : t('member.passwordKeep')}
      />
      <SelectField
        form={form}
        name="role"
        label={t('member.role')}
        required
        choices={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
      />
      <SelectField
        form={form}
        name="delegationId"
        label={t('member.delegation')}
        choices={props.delegations.map((delegation) => ({ value: delegation.id, label: delegation.name }))}
        emptyLabel={t('form.none')}
      />
      {form.values.role === 'DELEGATE' && (
        <>
          <DateField form={form} name="mandateFrom" label={t('member.mandateFrom')} />
          <DateField form={form} name="mandateUntil" label={t('member.mandateUntil')} hint={t('member.mandateUntilHint')} />
          <SelectField
            form={form}
            name="siteId"
            label={t('member.site')}
            hint={t('member.siteHint')}
            choices={props.sites.map((site) => ({ value: site.id, label: site.name }))}
            emptyLabel={t('member.siteHall')}
          />
        </>
      )}
    </EntityForm>
  );
}
