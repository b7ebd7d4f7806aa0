import type { DelegationForm } from '../../../protocol/generated';
import { checkFields, maxLength, required, type Issues } from '../../../ui/form/rules';
import { DELEGATION_NAME_MAX } from './limits';

export type DelegationValues = {
  name: string;
};

export const emptyDelegation: DelegationValues = { name: '' };

export function checkDelegation(values: DelegationValues): Issues<DelegationValues> {
  return checkFields(values, { name: [required, maxLength(DELEGATION_NAME_MAX)] });
}

export function toDelegationForm(values: DelegationValues): DelegationForm {
  return { name: values.name.trim() };
}
