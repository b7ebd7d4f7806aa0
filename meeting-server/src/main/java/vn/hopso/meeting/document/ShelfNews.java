package vn.hopso.meeting.document;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hopso.documents.domain.Document;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.command.CommandPipeline;
import vn.hopso.meeting.command.Outcome;
import vn.hopso.meeting.sitting.domain.SittingCommand;
import vn.hopso.meeting.web.CommandAnswers;

/**
 * Tells the shelves that their documents changed ({@code documents.changed} in the log of every sitting that lists the
 * document): at once for what the secretariat does, and when a release time comes. Every node sweeps for releases
 * every second; a release is marked told only after its sittings were, so one that a node dropped on the way is told
 * by the next sweep — at least once, and twice at worst, which costs a screen one more reading of its list.
 */
@Component
class ShelfNews {

    private static final Logger log = LoggerFactory.getLogger(ShelfNews.class);

    /** Who tells of a release: the system, which holds no account and belongs to no council. */
    static final Actor RELEASE = Actor.system("Hệ thống (công bố tài liệu)");

    private static final int RELEASES_PER_SWEEP = 100;

    private final DocumentStore store;
    private final CommandPipeline pipeline;
    private final Clock clock;

    ShelfNews(DocumentStore store, CommandPipeline pipeline, Clock clock) {
        this.store = store;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    /** The document changed: each sitting that lists it is told. */
    void tell(Actor actor, Document document) {
        tell(actor, document.sittingId(), document.wholeSession());
    }

    /** Documents uploaded to this sitting, or to its whole session, changed: each sitting that lists them is told. */
    void tell(Actor actor, UUID sittingId, boolean wholeSession) {
        for (UUID listing : store.listing(sittingId, wholeSession)) {
            CommandAnswers.applied(pipeline.run(actor, new SittingCommand.AnnounceDocuments(listing), null));
        }
    }

    @Scheduled(initialDelayString = "PT0S", fixedDelayString = "PT1S")
    void sweep() {
        tellReleases(clock.instant());
    }

    /** Tells of the releases come by {@code now} and not yet told; how many documents were told of. */
    int tellReleases(Instant now) {
        List<DocumentStore.Placed> released = store.releasedUnannounced(now, RELEASES_PER_SWEEP);
        for (DocumentStore.Placed document : released) {
            for (UUID sittingId : store.listing(document.sittingId(), document.wholeSession())) {
                if (pipeline.run(RELEASE, new SittingCommand.AnnounceDocuments(sittingId), null)
                        instanceof Outcome.Rejected rejected) {
                    log.warn("The release of document {} could not be told in sitting {}: {} ({})",
                            document.documentId(), sittingId, rejected.refusal().message(), rejected.refusal().code());
                }
            }
            store.releaseAnnounced(document.documentId());
        }
        return released.size();
    }
}
