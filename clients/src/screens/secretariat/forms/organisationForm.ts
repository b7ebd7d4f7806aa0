import type { Organisation, OrganisationForm, OrganisationKind } from '../../../protocol/generated';
import { checkFields, integerBetween, maxLength, optionalText, required, type Issues } from '../../../ui/form/rules';
import { ORGANISATION_NAME_MAX } from './limits';

/** The quorum share as typed: "2" of "3" (two thirds of the total elected must be present). */
export type OrganisationValues = {
  name: string;
  kind: string;
  level: string;
  parentId: string;
  quorumNumerator: string;
  quorumDenominator: string;
};

export const ORGANISATION_KINDS: readonly OrganisationKind[] = ['COUNCIL', 'PEOPLES_COMMITTEE', 'DEPARTMENT', 'MINISTRY', 'OTHER'];

export const emptyOrganisation: OrganisationValues = {
  name: '',
  kind: 'COUNCIL',
  level: '',
  parentId: '',
  quorumNumerator: '2',
  quorumDenominator: '3',
};

export function organisationValues(organisation: Organisation): OrganisationValues {
  return {
    name: organisation.name,
    kind: organisation.kind,
    level: organisation.level,
    parentId: organisation.parentId ?? '',
    quorumNumerator: String(organisation.quorumNumerator),
    quorumDenominator: String(organisation.quorumDenominator),
  };
}

export function checkOrganisation(values: OrganisationValues): Issues<OrganisationValues> {
  const issues = checkFields(values, {
    name: [required, maxLength(ORGANISATION_NAME_MAX)],
    kind: [required],
    level: [required],
    quorumNumerator: [required, integerBetween(1, 100)],
    quorumDenominator: [required, integerBetween(1, 100)],
  });
  if (!issues.quorumNumerator && !issues.quorumDenominator && Number(values.quorumNumerator) > Number(values.quorumDenominator)) {
    issues.quorumNumerator = { key: 'validation.quorumShare' };
  }
  return issues;
}

/** Call only with values that passed `checkOrganisation`. */
export function toOrganisationForm(values: OrganisationValues, existing: Organisation | null = null): OrganisationForm {
  return {
    version: existing?.version ?? null,
    name: values.name.trim(),
    kind: values.kind as OrganisationKind,
    level: values.level,
    parentId: optionalText(values.parentId),
    quorumNumerator: Number(values.quorumNumerator),
    quorumDenominator: Number(values.quorumDenominator),
  };
}
