package vn.hopso.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What a document's record holds together: where it is attached, its place, and who a confidential one names. */
class DocumentTest {

    private static Document attached(@Nullable UUID agendaItemId, boolean wholeSession) {
        return new Document(UUID.randomUUID(), UUID.randomUUID(), agendaItemId, wholeSession, Kind.REFERENCE, 1,
                "Tài liệu tham khảo", AccessClass.DELEGATES, Set.of(), null, true, true, null);
    }

    @Test
    void aDocumentOfTheWholeSessionBelongsToNoAgendaItem() {
        assertThat(attached(null, true).wholeSession()).isTrue();
        assertThat(attached(UUID.randomUUID(), false).agendaItemId()).isNotNull();
        assertThatIllegalArgumentException().isThrownBy(() -> attached(UUID.randomUUID(), true))
                .withMessageContaining("whole session");
    }

    @Test
    void withdrawingKeepsWhereTheDocumentIsAttachedAndTheFirstMoment() {
        Instant first = Instant.parse("2026-12-08T01:00:00Z");
        Document withdrawn = attached(null, true).withdraw(first);

        assertThat(withdrawn.wholeSession()).isTrue();
        assertThat(withdrawn.withdraw(first.plusSeconds(60)).withdrawnAt()).isEqualTo(first);
    }
}
