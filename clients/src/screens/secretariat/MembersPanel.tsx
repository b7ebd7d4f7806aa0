import { useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/I18nContext';
import { sortByVietnameseName } from '../../people/vietnameseNames';
import type { Delegation, Member } from '../../protocol/generated';
import { FormActions, SelectField, TextField } from '../../ui/form/fields';
import { useForm } from '../../ui/form/useForm';
import { Loading, ProblemNotice } from '../../ui/Notice';
import { useAction } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';
import { ConfirmButton } from './ConfirmButton';
import { checkMember, emptyMember, memberValues, ROLES, toMemberForm } from './forms/memberForm';

export function MembersPanel({ organisationId }: { organisationId: string }) {
  const { t } = useI18n();
  const { api } = useServices();
  const members = useAsync(() => api.members(organisationId), [organisationId]);
  const delegations = useAsync(() => api.delegations(organisationId), [organisationId]);
  const removal = useAction();
  const [editing, setEditing] = useState<Member | null>(null);
  const sorted = sortByVietnameseName(members.data ?? [], (member) => member.fullName);

  return (
    <section class="panel" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('member.heading')}</h2>
      <ProblemNotice problem={members.problem ?? removal.problem} />
      {members.loading && !members.data && <Loading />}
      <table class="data-table" data-testid="member-list">
        <thead>
          <tr>
            <th scope="col">{t('member.fullName')}</th>
            <th scope="col">{t('member.title')}</th>
            <th scope="col">{t('member.role')}</th>
            <th scope="col">{t('member.delegation')}</th>
            <th scope="col">{t('member.username')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((member) => (
            <tr key={member.membershipId} data-testid={`member-${member.membershipId}`}>
              <td>{member.fullName}</td>
              <td>{member.title}</td>
              <td>{t(`role.${member.role}`)}</td>
              <td>{member.delegationName}</td>
              <td>{member.username}</td>
              <td class="row-actions">
                <button
                  type="button"
                  class="button"
                  onClick={() => setEditing(member)}
                  aria-label={t('common.editNamed', { name: member.fullName })}
                >
                  {t('common.edit')}
                </button>
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
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <MemberEditor
        key={editing?.membershipId ?? 'new'}
        organisationId={organisationId}
        member={editing}
        delegations={delegations.data ?? []}
        onDone={() => {
          setEditing(null);
          members.reload();
        }}
        onCancel={() => setEditing(null)}
      />
    </section>
  );
}

function MemberEditor(props: {
  organisationId: string;
  member: Member | null;
  delegations: readonly Delegation[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { api } = useServices();
  const isNew = props.member === null;
  const form = useForm(props.member ? memberValues(props.member) : emptyMember, (values) => checkMember(values, isNew));
  const save = form.onSubmit(async (values) => {
    if (props.member) {
      await api.updateMember(props.member.membershipId, toMemberForm(values));
    } else {
      await api.createMember(props.organisationId, toMemberForm(values));
      form.reset(emptyMember);
    }
    props.onDone();
  });
  return (
    <form class="entity-form" onSubmit={save} noValidate data-testid="member-form" aria-labelledby="member-form-heading">
      <h3 id="member-form-heading">{isNew ? t('member.add') : t('member.edit')}</h3>
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
      <FormActions form={form} submitLabel={t('form.save')} onCancel={isNew ? undefined : props.onCancel} />
    </form>
  );
}
