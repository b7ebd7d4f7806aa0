import { useId, useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { PaperCountPanel } from '../../ballots/PaperCountPanel';
import { VotePanel } from '../../ballots/VotePanel';
import { CheckInPanel } from '../../attendance/CheckInPanel';
import { DocumentShelf } from '../../documents/DocumentShelf';
import { QuorumLine } from '../../attendance/QuorumLine';
import { NoticeBanner } from '../../notices/NoticeBanner';
import { Floor } from '../../speakers/Floor';
import { VideoPanel } from '../../video/VideoPanel';
import { SpeakerRequestPanel } from '../../speakers/SpeakerRequestPanel';
import { membershipsFor } from '../../app/workspaces';
import { useI18n } from '../../i18n/I18nContext';
import type { Me, Sitting } from '../../protocol/generated';
import { useSitting } from '../../realtime/useSitting';
import { AgendaList } from '../../sittings/AgendaList';
import { OrganisationPicker, useChosenOrganisation } from '../../sittings/OrganisationPicker';
import { pickSitting } from '../../sittings/pickSitting';
import { SittingHeading } from '../../sittings/SittingHeading';
import { useOrganisationSittings } from '../../sittings/useOrganisationSittings';
import { InfoNotice, Loading, ProblemNotice } from '../../ui/Notice';
import { CurrentItem } from '../CurrentItem';
import { AgendaItemDetails } from './AgendaItemDetails';

/** The delegate's sitting of the day (or the next one), its agenda and the item under discussion, live. */
export function DelegateScreen({ me }: { me: Me }) {
  const { t } = useI18n();
  const { now } = useServices();
  const memberships = membershipsFor(me, 'delegate');
  const { organisationId, choose } = useChosenOrganisation(memberships);
  const sittings = useOrganisationSittings(organisationId);
  const [chosenSittingId, chooseSitting] = useState<string | null>(null);
  const sitting =
    sittings.data?.find((candidate) => candidate.id === chosenSittingId) ??
    (sittings.data ? pickSitting(sittings.data, now()) : null);

  return (
    <div class="delegate-screen">
      <div class="screen-tools">
        <OrganisationPicker memberships={memberships} organisationId={organisationId} onChoose={choose} />
        {sittings.data && sitting && (
          <SittingPicker sittings={sittings.data} sittingId={sitting.id} onChoose={chooseSitting} />
        )}
      </div>
      <ProblemNotice problem={sittings.problem} />
      {sittings.loading && <Loading />}
      {sittings.data && !sitting && <InfoNotice>{t('sitting.none')}</InfoNotice>}
      {sitting && <LiveSitting sittingId={sitting.id} me={me} />}
    </div>
  );
}

function SittingPicker(props: { sittings: readonly Sitting[]; sittingId: string; onChoose: (id: string) => void }) {
  const { t, format } = useI18n();
  const id = useId();
  if (props.sittings.length < 2) {
    return null;
  }
  return (
    <div class="field field-inline">
      <label for={id}>{t('sitting.choose')}</label>
      <select id={id} value={props.sittingId} onChange={(event) => props.onChoose((event.currentTarget as HTMLSelectElement).value)}>
        {props.sittings.map((sitting) => (
          <option key={sitting.id} value={sitting.id}>
            {format.dateTime(sitting.startsAt)} — {sitting.title}
          </option>
        ))}
      </select>
    </div>
  );
}

function LiveSitting({ sittingId, me }: { sittingId: string; me: Me }) {
  const { t } = useI18n();
  const feed = useSitting(sittingId);
  const [selectedItemId, select] = useState<string | null>(null);
  if (!feed.live) {
    return feed.problem ? <ProblemNotice problem={feed.problem} /> : <Loading />;
  }
  const { view } = feed.live;
  // The screen follows the chair's current item, unless the delegate chose another to read.
  const browsing = selectedItemId !== null && selectedItemId !== view.sitting.currentItemId;
  const shownItemId = browsing ? selectedItemId : view.sitting.currentItemId;
  const shownItem = view.agenda.find((item) => item.id === shownItemId) ?? null;
  return (
    <>
      <ProblemNotice problem={feed.problem} />
      <SittingHeading view={view} />
      <NoticeBanner view={view} />
      <QuorumLine quorum={view.quorum} />
      <CheckInPanel view={view} membershipId={delegateMembership(me, view.organisation.id)} />
      <CurrentItem view={view} />
      <VotePanel view={view} />
      <PaperCountPanel view={view} />
      <Floor view={view} />
      <VideoPanel view={view} />
      <SpeakerRequestPanel view={view} membershipId={delegateMembership(me, view.organisation.id)} />
      <div class="two-columns">
        <section aria-labelledby="agenda-heading">
          <h2 id="agenda-heading">{t('agenda.title')}</h2>
          {browsing && view.sitting.currentItemId !== null && (
            <button type="button" class="button" onClick={() => select(null)} data-testid="back-to-current">
              {t('agenda.backToCurrent')}
            </button>
          )}
          <AgendaList
            items={view.agenda}
            currentItemId={view.sitting.currentItemId}
            selectedItemId={shownItemId}
            onSelect={select}
          />
        </section>
        <AgendaItemDetails item={shownItem} />
      </div>
      <DocumentShelf
        sittingId={sittingId}
        sessionId={view.session.id}
        presentation={view.presentation}
        documentsSeq={view.documentsSeq}
        commentsSeq={view.commentsSeq}
        mayComment={view.permissions.includes('COMMENT_ON_DOCUMENTS')}
        mayAnnotate={view.permissions.includes('ANNOTATE_DOCUMENTS')}
      />
    </>
  );
}

/** The membership the person checks in with in this council: their delegate role there, if they hold one. */
function delegateMembership(me: Me, organisationId: string): string | null {
  return me.memberships.find((m) => m.organisationId === organisationId && m.role === 'DELEGATE')?.membershipId ?? null;
}
