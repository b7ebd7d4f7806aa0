import { documentPageUrl } from '../../api/hopsoApi';
import { routeHref } from '../../app/routes';
import { QuorumLine } from '../../attendance/QuorumLine';
import { ballotOnDisplay } from '../../ballots/ballots';
import { HallBallot } from '../../ballots/HallBallot';
import { NoticeBanner } from '../../notices/NoticeBanner';
import { Floor } from '../../speakers/Floor';
import { HallVideo } from '../../video/VideoPanel';
import { membershipsFor } from '../../app/workspaces';
import { useI18n } from '../../i18n/I18nContext';
import type { Me, Presentation } from '../../protocol/generated';
import { currentItem } from '../../realtime/liveSitting';
import { useSitting } from '../../realtime/useSitting';
import { itemHeading } from '../../sittings/itemHeading';
import { SittingChooser } from '../../sittings/SittingChooser';
import { problemText } from '../../ui/problemText';

export function DisplayScreen({ me, sittingId }: { me: Me; sittingId: string | null }) {
  const { t } = useI18n();
  if (sittingId === null) {
    return (
      <SittingChooser
        heading={t('display.chooseSitting')}
        memberships={membershipsFor(me, 'display')}
        hrefFor={(id) => routeHref({ screen: 'display', sittingId: id })}
      />
    );
  }
  return <HallDisplay sittingId={sittingId} />;
}

/** The hall's big screen: read-only, readable from the back row, and back on its own after any network cut. */
function HallDisplay({ sittingId }: { sittingId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const feed = useSitting(sittingId);
  if (!feed.live) {
    return (
      <div class="hall-display">
        <p class="display-waiting" role="status">
          {feed.problem ? problemText(feed.problem, i18n) : t('common.loading')}
        </p>
      </div>
    );
  }
  const { organisation, sitting } = feed.live.view;
  const item = currentItem(feed.live.view);
  return (
    <div class="hall-display">
      {feed.problem && (
        <p class="display-problem" role="alert">
          {problemText(feed.problem, i18n)}
        </p>
      )}
      <p class="display-council">{organisation.name}</p>
      <h1 class="display-sitting" data-testid="display-sitting-title">{sitting.title}</h1>
      <NoticeBanner view={feed.live.view} large />
      <QuorumLine quorum={feed.live.view.quorum} large />
      <Floor view={feed.live.view} large />
      <HallVideo view={feed.live.view} />
      {feed.live.view.presentation && <PresentedPage presentation={feed.live.view.presentation} />}
      <div class={ballotOnDisplay(feed.live.view) ? 'display-current display-current-compact' : 'display-current'} aria-live="polite">
        {item ? (
          <>
            <p class="display-number">{itemHeading(item, t)}</p>
            <p class="display-title" data-testid="current-item-title">
              {item.title}
            </p>
          </>
        ) : (
          <p class="display-title" data-testid="current-item-title">
            {sitting.currentItemClosed ? t('agenda.closedCurrent') : t(`agenda.noCurrent.${sitting.state}`)}
          </p>
        )}
      </div>
      <HallBallot view={feed.live.view} />
    </div>
  );
}

/**
 * Trình chiếu on the hall's screen: the page large, when the document is public (the hall is seen by everyone, the
 * press included); otherwise only that a document is being shown to the delegates.
 */
function PresentedPage({ presentation }: { presentation: Presentation }) {
  const { t } = useI18n();
  if (!presentation.hall || presentation.documentId === null || presentation.page === null) {
    return (
      <p class="display-presentation" data-testid="display-presentation-hidden">
        {t('presentation.notOnHall')}
      </p>
    );
  }
  return (
    <figure class="display-presentation" data-testid="display-presentation">
      <img
        class="display-presented-page"
        src={documentPageUrl(presentation.documentId, presentation.page, 1600, presentation.version ?? 1)}
        alt={t('presentation.pageImage', { title: presentation.title ?? '', page: presentation.page })}
        data-testid="display-presented-page"
      />
      <figcaption>{t('presentation.now', { title: presentation.title ?? '', page: presentation.page })}</figcaption>
    </figure>
  );
}
