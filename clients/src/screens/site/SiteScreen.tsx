import { routeHref } from '../../app/routes';
import { QuorumLine } from '../../attendance/QuorumLine';
import { SiteCheckInPanel } from '../../attendance/SiteCheckInPanel';
import { useServices } from '../../app/services';
import { membershipsFor } from '../../app/workspaces';
import { useI18n } from '../../i18n/I18nContext';
import type { Me, Site } from '../../protocol/generated';
import { NoticeBanner } from '../../notices/NoticeBanner';
import { RollCallAnswer } from '../../rollcall/RollCallPanel';
import { useSitting } from '../../realtime/useSitting';
import { AgendaList } from '../../sittings/AgendaList';
import { OrganisationPicker, useChosenOrganisation } from '../../sittings/OrganisationPicker';
import { pickSitting } from '../../sittings/pickSitting';
import { SittingHeading, SittingStateBadge } from '../../sittings/SittingHeading';
import { Floor } from '../../speakers/Floor';
import { VideoPanel } from '../../video/VideoPanel';
import { SiteSpeakerRequest } from '../../speakers/SpeakerRequestPanel';
import { useOrganisationSittings } from '../../sittings/useOrganisationSittings';
import { InfoNotice, Loading, ProblemNotice } from '../../ui/Notice';
import { useConnectionStatus } from '../../ui/ReconnectingBanner';
import { useAsync } from '../../ui/useAsync';
import { CurrentItem } from '../CurrentItem';
import { sitesOperatedBy } from './operatedSites';

/** What a site operator watches: their site, whether it is connected, and the organisation's sittings. */
export function SiteScreen({ me }: { me: Me }) {
  const { t, format } = useI18n();
  const { api, now } = useServices();
  const memberships = membershipsFor(me, 'site');
  const { organisationId, choose } = useChosenOrganisation(memberships);
  const sites = useAsync(
    () => (organisationId === null ? Promise.resolve([]) : api.sites(organisationId)),
    [organisationId],
  );
  const sittings = useOrganisationSittings(organisationId);
  const sitting = sittings.data ? pickSitting(sittings.data, now()) : null;

  return (
    <div class="site-screen">
      <OrganisationPicker memberships={memberships} organisationId={organisationId} onChoose={choose} />
      <section class="panel" aria-labelledby="site-heading">
        <h1 id="site-heading">{t('site.heading')}</h1>
        <ProblemNotice problem={sites.problem} />
        {sites.loading && <Loading />}
        {sites.data && <SiteFacts sites={sitesOperatedBy(sites.data, memberships)} />}
        <ConnectionState />
      </section>
      <ProblemNotice problem={sittings.problem} />
      {sittings.data?.length === 0 && <InfoNotice>{t('sitting.none')}</InfoNotice>}
      {sitting && <FollowedSitting sittingId={sitting.id} />}
      {sittings.data && sittings.data.length > 1 && (
        <section class="panel" aria-labelledby="site-sittings-heading">
          <h2 id="site-sittings-heading">{t('site.sittings')}</h2>
          <ul class="sitting-links">
            {sittings.data.map((other) => (
              <li key={other.id} class="sitting-link">
                <a href={routeHref({ screen: 'display', sittingId: other.id })}>
                  <span class="sitting-link-title">{other.title}</span>
                  <span class="sitting-link-when">{format.dateTime(other.startsAt)}</span>
                </a>{' '}
                <SittingStateBadge state={other.state} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function SiteFacts({ sites }: { sites: readonly Site[] }) {
  const { t } = useI18n();
  if (sites.length === 0) {
    return <InfoNotice>{t('site.notAssigned')}</InfoNotice>;
  }
  return (
    <>
      {sites.map((site) => (
        <dl class="facts" key={site.id}>
          <dt>{t('site.name')}</dt>
          <dd data-testid="site-name">{site.name}</dd>
          <dt>{t('site.kind')}</dt>
          <dd>{t(`siteKind.${site.kind}`)}</dd>
        </dl>
      ))}
    </>
  );
}

function ConnectionState() {
  const { t } = useI18n();
  const status = useConnectionStatus();
  return (
    <p class={`connection connection-${status}`} role="status" data-testid="site-connection" data-status={status}>
      {t('site.connection')}: <strong>{t(`connection.${status}`)}</strong>
    </p>
  );
}

/** The sitting as the site follows it: what to answer, whom to check in, the floor and the site's own request. */
function FollowedSitting({ sittingId }: { sittingId: string }) {
  const { t } = useI18n();
  const feed = useSitting(sittingId);
  if (!feed.live) {
    return feed.problem ? <ProblemNotice problem={feed.problem} /> : <Loading />;
  }
  const { view } = feed.live;
  return (
    <section class="panel">
      <ProblemNotice problem={feed.problem} />
      <SittingHeading view={view} />
      <NoticeBanner view={view} />
      {view.quorum.totalElected > 0 && <QuorumLine quorum={view.quorum} />}
      <RollCallAnswer view={view} siteIds={view.operatedSites.map((site) => site.siteId)} />
      <p>
        <a href={routeHref({ screen: 'display', sittingId })} data-testid="open-display">
          {t('site.openDisplay')}
        </a>
      </p>
      <CurrentItem view={view} />
      <Floor view={view} />
      <VideoPanel view={view} />
      {view.operatedSites.map((site) => (
        <div class="site-desk" key={site.siteId}>
          <SiteSpeakerRequest view={view} site={site} />
          <SiteCheckInPanel view={view} site={site} />
        </div>
      ))}
      <AgendaList items={view.agenda} currentItemId={view.sitting.currentItemId} />
    </section>
  );
}
