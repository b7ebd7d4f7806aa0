import { useI18n } from '../i18n/I18nContext';
import type { MembershipSummary } from '../protocol/generated';
import { useServices } from '../app/services';
import { InfoNotice, Loading, ProblemNotice } from '../ui/Notice';
import { OrganisationPicker, useChosenOrganisation } from './OrganisationPicker';
import { pickSitting } from './pickSitting';
import { SittingStateBadge } from './SittingHeading';
import { useOrganisationSittings } from './useOrganisationSittings';

/** The current sittings of the person's organisations as links, the one most likely wanted marked first. */
export function SittingChooser(props: {
  heading: string;
  memberships: readonly MembershipSummary[];
  hrefFor: (sittingId: string) => string;
}) {
  const { t, format } = useI18n();
  const { now } = useServices();
  const { organisationId, choose } = useChosenOrganisation(props.memberships);
  const sittings = useOrganisationSittings(organisationId);
  const suggested = sittings.data ? pickSitting(sittings.data, now()) : null;

  return (
    <section class="panel" aria-labelledby="sitting-chooser-heading">
      <h1 id="sitting-chooser-heading">{props.heading}</h1>
      <OrganisationPicker memberships={props.memberships} organisationId={organisationId} onChoose={choose} />
      {organisationId === null && <InfoNotice>{t('organisation.none')}</InfoNotice>}
      <ProblemNotice problem={sittings.problem} />
      {sittings.loading && <Loading />}
      {sittings.data?.length === 0 && <InfoNotice>{t('sitting.none')}</InfoNotice>}
      {sittings.data && sittings.data.length > 0 && (
        <ul class="sitting-links">
          {sittings.data.map((sitting) => (
            <li key={sitting.id} class={sitting.id === suggested?.id ? 'sitting-link sitting-link-suggested' : 'sitting-link'}>
              <a href={props.hrefFor(sitting.id)} data-testid={`sitting-link-${sitting.id}`}>
                <span class="sitting-link-title">{sitting.title}</span>
                <span class="sitting-link-when">{format.dateTime(sitting.startsAt)}</span>
              </a>{' '}
              <SittingStateBadge state={sitting.state} />
              {sitting.id === suggested?.id && <span class="badge badge-current">{t('sitting.suggested')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
