package vn.hopso.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may open which document, and which copies carry a watermark: the permission matrix as pure rules. */
class DocumentAccessTest {

    private static final Instant NOW = Instant.parse("2026-12-08T01:00:00Z");
    private static final UUID NAMED = UUID.randomUUID();

    private final Reader staff = new Reader(UUID.randomUUID(), true, true, false);
    private final Reader delegate = new Reader(UUID.randomUUID(), false, true, true);
    private final Reader named = new Reader(NAMED, false, true, true);
    private final Reader committee = new Reader(UUID.randomUUID(), false, true, false);
    private final Reader guest = new Reader(UUID.randomUUID(), false, false, false);

    private static Document document(AccessClass access) {
        return new Document(UUID.randomUUID(), UUID.randomUUID(), null, false, Kind.SUBMISSION, 1, "Tờ trình", access,
                access == AccessClass.CONFIDENTIAL ? Set.of(NAMED) : Set.of(), null, true, true, null);
    }

    private static Document releasedAt(Instant when) {
        Document d = document(AccessClass.DELEGATES);
        return new Document(d.id(), d.sittingId(), null, false, d.kind(), 1, d.title(), d.access(), Set.of(), when,
                true, true, null);
    }

    @Test
    void aPublicDocumentIsForEveryoneWhoSeesTheSittingAndCarriesNoWatermark() {
        assertThat(DocumentAccess.sight(document(AccessClass.PUBLIC), guest, NOW)).isEqualTo(new Sight.Visible(false));
    }

    @Test
    void aDocumentForDelegatesIsRefusedToGuestsAndTheBallotCommitteeAndWatermarkedForDelegates() {
        Document d = document(AccessClass.DELEGATES);
        assertThat(DocumentAccess.sight(d, delegate, NOW)).isEqualTo(new Sight.Visible(true));
        assertThat(DocumentAccess.sight(d, guest, NOW)).isEqualTo(new Sight.Refused(Hidden.DELEGATES_ONLY));
        assertThat(DocumentAccess.sight(d, committee, NOW)).isEqualTo(new Sight.Refused(Hidden.DELEGATES_ONLY));
    }

    @Test
    void aClosedSittingDocumentIsForThoseEntitledToClosedSittings() {
        Document d = document(AccessClass.CLOSED_SITTING);
        assertThat(DocumentAccess.sight(d, committee, NOW)).isEqualTo(new Sight.Visible(true));
        assertThat(DocumentAccess.sight(d, guest, NOW)).isEqualTo(new Sight.Refused(Hidden.CLOSED_SITTING));
    }

    @Test
    void aConfidentialDocumentIsOnlyForThePeopleItNames() {
        Document d = document(AccessClass.CONFIDENTIAL);
        assertThat(DocumentAccess.sight(d, named, NOW)).isEqualTo(new Sight.Visible(true));
        assertThat(DocumentAccess.sight(d, delegate, NOW)).isEqualTo(new Sight.Refused(Hidden.CONFIDENTIAL));
    }

    @Test
    void nothingIsSeenBeforeItsReleaseTimeAndEverythingFromThatMomentOn() {
        assertThat(DocumentAccess.sight(releasedAt(NOW.plusSeconds(1)), delegate, NOW))
                .isEqualTo(new Sight.Refused(Hidden.NOT_RELEASED));
        assertThat(DocumentAccess.sight(releasedAt(NOW), delegate, NOW)).isEqualTo(new Sight.Visible(true));
    }

    @Test
    void aWithdrawnDocumentIsGoneForReadersAndStillThereForStaffWatermarked() {
        Document withdrawn = document(AccessClass.PUBLIC).withdraw(NOW);
        assertThat(DocumentAccess.sight(withdrawn, delegate, NOW)).isEqualTo(new Sight.Refused(Hidden.WITHDRAWN));
        assertThat(DocumentAccess.sight(withdrawn, staff, NOW)).isEqualTo(new Sight.Visible(false));
        assertThat(withdrawn.withdraw(NOW.plusSeconds(60)).withdrawnAt()).isEqualTo(NOW);
        assertThat(DocumentAccess.sight(releasedAt(NOW.plusSeconds(60)), staff, NOW))
                .isEqualTo(new Sight.Visible(true));
    }
}
