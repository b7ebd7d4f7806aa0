import { useId, useState } from 'preact/hooks';
import { useI18n } from '../i18n/I18nContext';
import type { MembershipSummary } from '../protocol/generated';

/** The organisation a screen works in: the first one, or the one picked when the person belongs to several. */
export function useChosenOrganisation(memberships: readonly MembershipSummary[]) {
  const [chosen, choose] = useState<string | null>(null);
  const organisationId = memberships.some((m) => m.organisationId === chosen)
    ? chosen
    : (memberships[0]?.organisationId ?? null);
  return { organisationId, choose };
}

export function OrganisationPicker(props: {
  memberships: readonly MembershipSummary[];
  organisationId: string | null;
  onChoose: (organisationId: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const organisations = [...new Map(props.memberships.map((m) => [m.organisationId, m.organisationName])).entries()];
  if (organisations.length < 2) {
    return null;
  }
  return (
    <div class="field field-inline">
      <label for={id}>{t('organisation.choose')}</label>
      <select
        id={id}
        value={props.organisationId ?? ''}
        onChange={(event) => props.onChoose((event.currentTarget as HTMLSelectElement).value)}
      >
        {organisations.map(([organisationId, name]) => (
          <option key={organisationId} value={organisationId}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
