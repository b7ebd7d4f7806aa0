package vn.hopso.meeting.sitting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.sitting.domain.Agendas.closed;
import static vn.hopso.meeting.sitting.domain.Agendas.draft;
import static vn.hopso.meeting.sitting.domain.Agendas.published;
import static vn.hopso.meeting.sitting.domain.Agendas.sitting;
import static vn.hopso.meeting.sitting.domain.Agendas.snapshot;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hopso.meeting.access.Clearance;

class VisibilityTest {

    private final AgendaItem opening = published("Khai mạc");
    private final AgendaItem personnel = closed("Công tác cán bộ");
    private final AgendaItem notYet = draft("Nháp");
    private final AgendaItem budget = published("Ngân sách");

    private List<String> seen(SittingSnapshot snapshot, Clearance clearance) {
        return Visibility.show(snapshot, clearance).orElseThrow().agenda().stream()
                .map(item -> item.position() + "/" + item.number() + " " + item.item().title()).toList();
    }

    @Test
    void eachClearanceCountsPositionsAndNumbersOverWhatItSees() {
        SittingSnapshot snapshot = snapshot(sitting(Sitting.Phase.PLANNED, false, null), opening, personnel, notYet,
                budget);
        assertThat(seen(snapshot, Clearance.STAFF))
                .containsExactly("1/1 Khai mạc", "2/2 Công tác cán bộ", "3/null Nháp", "4/3 Ngân sách");
        // Delegates number the agenda like staff do: drafts have no number.
        assertThat(seen(snapshot, Clearance.MEMBER))
                .containsExactly("1/1 Khai mạc", "2/2 Công tác cán bộ", "3/3 Ngân sách");
        // A guest's numbering leaves no hole where the closed item is.
        assertThat(seen(snapshot, Clearance.PUBLIC)).containsExactly("1/1 Khai mạc", "2/2 Ngân sách");
    }

    @Test
    void aClosedCurrentItemIsNamedToMembersAndShownAsClosedToEveryoneElse() {
        SittingSnapshot snapshot = snapshot(sitting(Sitting.Phase.IN_PROGRESS, false, personnel.id()), opening,
                personnel, budget);
        Shown toDelegates = Visibility.show(snapshot, Clearance.MEMBER).orElseThrow();
        assertThat(toDelegates.currentItemId()).isEqualTo(personnel.id());
        assertThat(toDelegates.currentItemClosed()).isFalse();
        Shown toHall = Visibility.show(snapshot, Clearance.PUBLIC).orElseThrow();
        assertThat(toHall.currentItemId()).isNull();
        assertThat(toHall.currentItemClosed()).isTrue();
    }

    @Test
    void noCurrentItemIsNeitherNamedNorClosed() {
        Shown shown = Visibility.show(snapshot(sitting(Sitting.Phase.PLANNED, false, null), opening), Clearance.PUBLIC)
                .orElseThrow();
        assertThat(shown.currentItemId()).isNull();
        assertThat(shown.currentItemClosed()).isFalse();
    }

    @Test
    void aClosedSittingIsForMembersOnly() {
        SittingSnapshot closedSitting = snapshot(sitting(Sitting.Phase.PLANNED, true, null), opening);
        assertThat(Visibility.show(closedSitting, Clearance.PUBLIC)).isEmpty();
        assertThat(seen(closedSitting, Clearance.MEMBER)).containsExactly("1/1 Khai mạc");
    }
}
