import { useState } from 'preact/hooks';
import { QuorumLine } from '../../attendance/QuorumLine';
import { BallotConsole } from '../../ballots/BallotConsole';
import { DocumentShelf } from '../../documents/DocumentShelf';
import { UnopenedPanel } from '../../documents/UnopenedPanel';
import { NoticeBanner } from '../../notices/NoticeBanner';
import { RollCallPanel } from '../../rollcall/RollCallPanel';
import { Floor } from '../../speakers/Floor';
import { VideoPanel } from '../../video/VideoPanel';
import { SpeakerConsole } from '../../speakers/SpeakerConsole';
import { routeHref } from '../../app/routes';
import { useServices } from '../../app/services';
import { membershipsFor } from '../../app/workspaces';
import { useI18n } from '../../i18n/I18nContext';
import type { Me } from '../../protocol/generated';
import { nextItem } from '../../realtime/liveSitting';
import type { ScreenCommand } from '../../realtime/realtimeClient';
import type { Problem } from '../../ui/problem';
import { useSitting } from '../../realtime/useSitting';
import { AgendaList } from '../../sittings/AgendaList';
import { itemHeading } from '../../sittings/itemHeading';
import { SittingChooser } from '../../sittings/SittingChooser';
import { SittingHeading } from '../../sittings/SittingHeading';
import { InfoNotice, Loading, ProblemNotice } from '../../ui/Notice';
import { asProblem } from '../../ui/problemText';
import { useConnectionStatus } from '../../ui/ReconnectingBanner';
import { CurrentItem } from '../CurrentItem';

export function ChairScreen({ me, sittingId }: { me: Me; sittingId: string | null }) {
  const { t } = useI18n();
  if (sittingId === null) {
    return (
      <SittingChooser
        heading={t('chair.chooseSitting')}
        memberships={membershipsFor(me, 'chair')}
        hrefFor={(id) => routeHref({ screen: 'chair', sittingId: id })}
      />
    );
  }
  return <ChairConsole sittingId={sittingId} />;
}

/** Starts and ends the sitting and moves through the agenda; every screen following the sitting moves along. */
function ChairConsole({ sittingId }: { sittingId: string }) {
  const { t } = useI18n();
  const { realtime } = useServices();
  const feed = useSitting(sittingId);
  const online = useConnectionStatus() === 'online';
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [confirmingEnd, setConfirmingEnd] = useState(false);

  if (!feed.live) {
    return feed.problem ? <ProblemNotice problem={feed.problem} /> : <Loading />;
  }
  const { view } = feed.live;
  const { sitting } = view;
  const inProgress = sitting.state === 'IN_PROGRESS';
  const mayChair = view.permissions.includes('CHAIR_SITTING');
  const mayRun = view.permissions.includes('RUN_SITTING');
  const ready = online && !sending;
  const next = nextItem(view);
  // Every move says which item it starts from: sent twice, or overtaken by another console, it is refused.
  const from = sitting.currentItemId;

  const send = async (command: ScreenCommand) => {
    setSending(true);
    setProblem(null);
    setConfirmingEnd(false);
    try {
      await realtime.command(command);
    } catch (failure) {
      setProblem(asProblem(failure));
    } finally {
      setSending(false);
    }
  };

  return (
    <div class="chair-screen">
      <ProblemNotice problem={feed.problem} />
      <SittingHeading view={view} />
      <NoticeBanner view={view} />
      <QuorumLine quorum={view.quorum} />
      <Floor view={view} />
      <VideoPanel view={view} />
      {!mayChair && <InfoNotice>{t('chair.notChair')}</InfoNotice>}
      <section class="chair-controls" aria-label={t('chair.controls')}>
        {sitting.state === 'PLANNED' && (
          <button
            type="button"
            class="button button-primary button-large"
            disabled={!ready || !mayRun}
            onClick={() => send({ type: 'sitting.start', sittingId })}
            data-testid="chair-start"
          >
            {t('chair.start')}
          </button>
        )}
        {inProgress && (
          <button
            type="button"
            class="button button-primary button-large"
            disabled={!ready || !mayChair || next === null}
            onClick={() => send({ type: 'agenda.next', sittingId, fromItemId: from })}
            data-testid="chair-next"
          >
            {t('chair.next')}
            {next && (
              <span class="button-detail">
                {itemHeading(next, t)}: {next.title}
              </span>
            )}
          </button>
        )}
        {inProgress && !confirmingEnd && (
          <button
            type="button"
            class="button button-danger"
            disabled={!ready || !mayRun}
            onClick={() => setConfirmingEnd(true)}
            data-testid="chair-end"
          >
            {t('chair.end')}
          </button>
        )}
        {inProgress && confirmingEnd && (
          <span class="confirm" role="group" aria-label={t('chair.endConfirmQuestion')}>
            <span>{t('chair.endConfirmQuestion')}</span>
            <button
              type="button"
              class="button button-danger"
              disabled={!ready}
              onClick={() => send({ type: 'sitting.end', sittingId })}
              data-testid="chair-end-confirm"
            >
              {t('chair.endConfirm')}
            </button>
            <button type="button" class="button" onClick={() => setConfirmingEnd(false)}>
              {t('form.cancel')}
            </button>
          </span>
        )}
        {!online && <p class="notice">{t('chair.waitForConnection')}</p>}
        <ProblemNotice problem={problem} />
      </section>
      <CurrentItem view={view} />
      <BallotConsole view={view} />
      <section aria-labelledby="chair-agenda-heading">
        <h2 id="chair-agenda-heading">{t('agenda.title')}</h2>
        <AgendaList
          items={view.agenda}
          currentItemId={sitting.currentItemId}
          actions={(item) =>
            inProgress &&
            item.state === 'PUBLISHED' &&
            item.id !== sitting.currentItemId && (
              <button
                type="button"
                class="button"
                disabled={!ready || !mayChair}
                onClick={() => send({ type: 'agenda.goto', sittingId, itemId: item.id, fromItemId: from })}
                aria-label={t('chair.goToItem', { item: itemHeading(item, t), title: item.title })}
                data-testid={`chair-goto-${item.id}`}
              >
                {t('chair.goTo')}
              </button>
            )
          }
        />
      </section>
      <SpeakerConsole view={view} />
      <RollCallPanel view={view} />
      <UnopenedPanel sittingId={sittingId} documentsSeq={view.documentsSeq} readsSeq={view.readsSeq} />
      <DocumentShelf
        sittingId={sittingId}
        sessionId={view.session.id}
        presentation={view.presentation}
        documentsSeq={view.documentsSeq}
        commentsSeq={view.commentsSeq}
        mayPresent={view.permissions.includes('PRESENT_DOCUMENTS')}
        mayAnnotate={view.permissions.includes('ANNOTATE_DOCUMENTS')}
      />
    </div>
  );
}
