import type { Organisation, OrganisationForm, OrganisationKind } from '../../../protocol/generated';
import { checkFields, maxLength, optionalText, required, type Issues } from '../../../ui/form/rules';
import { ORGANISATION_NAME_MAX } from './limits';

export type OrganisationValues = {
  name: string;
  kind: string;
  level: string;
  parentId: string;
};

export const ORGANISATION_KINDS: readonly OrganisationKind[] = ['COUNCIL', 'PEOPLES_COMMITTEE', 'DEPARTMENT', 'MINISTRY', 'OTHER'];

export const emptyOrganisation: OrganisationValues = { name: '', kind: 'COUNCIL', level: '', parentId: '' };

export function organisationValues(organisation: Organisation): OrganisationValues {
  return {
    name: organisation.name,
    kind: organisation.kind,
    level: organisation.level,
    parentId: organisation.parentId ?? '',
  };
}

export function checkOrganisation(values: OrganisationValues): Issues<OrganisationValues> {
  return checkFields(values, { name: [required, maxLength(ORGANISATION_NAME_MAX)], kind: [required], level: [required] });
}

export function toOrganisationForm(values: OrganisationValues, existing: Organisation | null = null): OrganisationForm {
  return {
    version: existing?.version ?? null,
    name: values.name.trim(),
    kind: values.kind as OrganisationKind,
    level: values.level,
    parentId: optionalText(values.parentId),
  };
}
