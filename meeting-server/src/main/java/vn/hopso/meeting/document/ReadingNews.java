package vn.hopso.meeting.document;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.command.CommandPipeline;
import vn.hopso.meeting.sitting.domain.SittingCommand;
import vn.hopso.meeting.web.CommandAnswers;

/**
 * Tells the staff, live, that documents were read ({@code documents.read} in the log of every sitting that lists
 * them): a first opening, or a page further than before. Opening pages is frequent, so readings are not told one by
 * one: every node sweeps each second, and tells each sitting once for all the readings since the sweep before. The
 * readings are marked told in the same transaction as the telling, so each is told exactly once, by one node.
 */
@Component
class ReadingNews {

    /** Who tells of readings: the system, which holds no account and belongs to no council. */
    static final Actor READING = Actor.system("Hệ thống (đọc tài liệu)");

    private static final int READINGS_PER_SWEEP = 1000;

    private final DocumentStore store;
    private final CommandPipeline pipeline;
    private final TransactionTemplate transactions;

    ReadingNews(DocumentStore store, CommandPipeline pipeline, TransactionTemplate transactions) {
        this.store = store;
        this.pipeline = pipeline;
        this.transactions = transactions;
    }

    @Scheduled(initialDelayString = "PT1S", fixedDelayString = "PT1S")
    void sweep() {
        tellReadings();
    }

    /** Tells of the readings not yet told; how many sittings were told. */
    int tellReadings() {
        Integer told = transactions.execute(status -> {
            Set<UUID> sittings = new LinkedHashSet<>();
            for (DocumentStore.Placed document : store.tellReadings(READINGS_PER_SWEEP)) {
                sittings.addAll(store.listing(document.sittingId(), document.wholeSession()));
            }
            // Each runs in this transaction: a refusal rolls the marks back too, and the next sweep tries again.
            sittings.forEach(sittingId -> CommandAnswers.applied(
                    pipeline.run(READING, new SittingCommand.AnnounceReading(sittingId), null)));
            return sittings.size();
        });
        return told == null ? 0 : told;
    }
}
