import type { Site, SiteForm, SiteKind } from '../../../protocol/generated';
import { checkFields, maxLength, optionalText, required, type Issues } from '../../../ui/form/rules';
import { SITE_NAME_MAX } from './limits';

export type SiteValues = {
  name: string;
  level: string;
  parentId: string;
  kind: string;
  operatorMembershipId: string;
};

export const SITE_KINDS: readonly SiteKind[] = ['HALL', 'MEETING_ROOM', 'PERSONAL_DEVICE'];

export const emptySite: SiteValues = { name: '', level: '', parentId: '', kind: 'MEETING_ROOM', operatorMembershipId: '' };

export function siteValues(site: Site): SiteValues {
  return {
    name: site.name,
    level: site.level,
    parentId: site.parentId ?? '',
    kind: site.kind,
    operatorMembershipId: site.operatorMembershipId ?? '',
  };
}

export function checkSite(values: SiteValues): Issues<SiteValues> {
  return checkFields(values, { name: [required, maxLength(SITE_NAME_MAX)], level: [required], kind: [required] });
}

export function toSiteForm(values: SiteValues, existing: Site | null = null): SiteForm {
  return {
    version: existing?.version ?? null,
    name: values.name.trim(),
    level: values.level,
    parentId: optionalText(values.parentId),
    kind: values.kind as SiteKind,
    operatorMembershipId: optionalText(values.operatorMembershipId),
  };
}
