package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.access.Viewer;
import vn.hopso.meeting.security.Actors;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.ServerNode;

/**
 * A sitting's event log as the database holds it, and the part of it each screen is entitled to (by the same rule the
 * server applies): what a screen that missed nothing and got nothing twice has received.
 */
final class SittingLog {

    private record Stored(Recipients recipients, String frame) {
    }

    private final JdbcClient jdbc;
    private final Actors actors;
    private final UUID organisation;
    private final String sitting;

    /** Read through {@code node}'s database connections. */
    SittingLog(ServerNode node, UUID organisation, String sitting) {
        this.jdbc = node.bean(JdbcClient.class);
        this.actors = node.bean(Actors.class);
        this.organisation = organisation;
        this.sitting = sitting;
    }

    long end() {
        return jdbc.sql("select last_seq from sittings where id = cast(? as uuid)").param(sitting).query(Long.class)
                .single();
    }

    /** The frames of the log the account may receive, in order. */
    List<String> seenBy(UUID accountId) {
        Viewer viewer = actors.load(accountId).flatMap(actor -> actor.viewerIn(organisation)).orElseThrow();
        return stored().stream().filter(event -> event.recipients().admits(viewer)).map(Stored::frame).toList();
    }

    /**
     * Waits until the screen has received every event of the log it may see, then checks it received nothing else:
     * each exactly once, in order, as the exact text the log keeps.
     */
    void awaitReceivedExactly(ResumingScreen screen) {
        UUID account = screen.accountId();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> screen.events().size() >= seenBy(account).size());
        } catch (ConditionTimeoutException stillShort) {
            // the assertion below says which events are missing
        }
        List<String> received = screen.events();
        assertThat(received).as("events of the screen of %s", account).containsExactlyElementsOf(seenBy(account));
        List<Long> seqs = received.stream().map(text -> ApiClient.json().readTree(text).get("seq").asLong()).toList();
        assertThat(seqs).as("sequence numbers of the screen of %s", account).isSorted().doesNotHaveDuplicates();
    }

    private List<Stored> stored() {
        return jdbc.sql("select recipients, frame from sitting_events where sitting_id = cast(? as uuid) order by seq")
                .param(sitting)
                .query((rs, n) -> new Stored(Recipients.decode(rs.getString(1)), rs.getString(2)))
                .list();
    }
}
