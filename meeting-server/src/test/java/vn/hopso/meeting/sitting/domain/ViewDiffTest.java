package vn.hopso.meeting.sitting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.sitting.domain.Agendas.at;
import static vn.hopso.meeting.sitting.domain.Agendas.closed;
import static vn.hopso.meeting.sitting.domain.Agendas.draft;
import static vn.hopso.meeting.sitting.domain.Agendas.published;
import static vn.hopso.meeting.sitting.domain.Agendas.publishedVersionOf;
import static vn.hopso.meeting.sitting.domain.Agendas.sitting;
import static vn.hopso.meeting.sitting.domain.Agendas.snapshot;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hopso.meeting.access.Clearance;

class ViewDiffTest {

    private final AgendaItem opening = published("Khai mạc");
    private final AgendaItem personnel = closed("Công tác cán bộ");
    private final AgendaItem notYet = draft("Báo cáo thẩm tra");
    private final AgendaItem budget = published("Ngân sách");
    private final Sitting planned = sitting(Sitting.Phase.PLANNED, false, null);

    private static List<String> changes(SittingSnapshot before, SittingSnapshot after, Clearance clearance) {
        return ViewDiff.between(before, after, clearance).stream().map(ViewDiffTest::describe).toList();
    }

    private static String describe(ViewChange change) {
        return switch (change) {
            case ViewChange.Started s -> "started";
            case ViewChange.Ended e -> "ended";
            case ViewChange.Updated u -> "updated";
            case ViewChange.ItemAdded a -> "added " + a.item().item().title() + " at " + a.item().position();
            case ViewChange.ItemPublished p -> "published " + p.item().item().title() + " as " + p.item().number();
            case ViewChange.ItemUpdated u -> "moved " + u.item().item().title() + " to " + u.item().position();
            case ViewChange.ItemRemoved r -> "removed";
            case ViewChange.CurrentMoved m -> "current " + (m.closed() ? "closed" : m.itemId() == null ? "none" : "shown");
        };
    }

    @Test
    void aNewDraftIsNewsToStaffOnly() {
        SittingSnapshot before = snapshot(planned, opening);
        SittingSnapshot after = snapshot(planned, opening, notYet);
        assertThat(changes(before, after, Clearance.STAFF)).containsExactly("added Báo cáo thẩm tra at 2");
        assertThat(changes(before, after, Clearance.MEMBER)).isEmpty();
        assertThat(changes(before, after, Clearance.PUBLIC)).isEmpty();
    }

    @Test
    void publishingADraftInTheMiddleShowsItAndMovesWhatFollowsForThoseWhoNowSeeIt() {
        SittingSnapshot before = snapshot(planned, opening, notYet, budget);
        SittingSnapshot after = snapshot(planned, opening, publishedVersionOf(notYet), budget);
        assertThat(changes(before, after, Clearance.STAFF))
                .containsExactly("published Báo cáo thẩm tra as 2", "moved Ngân sách to 3");
        assertThat(changes(before, after, Clearance.MEMBER))
                .containsExactly("published Báo cáo thẩm tra as 2", "moved Ngân sách to 3");
    }

    @Test
    void aClosedItemIsNeverMentionedToThePublicNorDoesItShiftTheirNumbers() {
        SittingSnapshot before = snapshot(planned, opening, budget);
        AgendaItem unpublishedClosed = Agendas.item("Công tác cán bộ", false, true);
        SittingSnapshot drafted = snapshot(planned, opening, unpublishedClosed, budget);
        SittingSnapshot after = snapshot(planned, opening, publishedVersionOf(unpublishedClosed), budget);
        assertThat(changes(before, drafted, Clearance.PUBLIC)).isEmpty();
        assertThat(changes(drafted, after, Clearance.PUBLIC)).isEmpty();
        assertThat(changes(drafted, after, Clearance.MEMBER))
                .containsExactly("published Công tác cán bộ as 2", "moved Ngân sách to 3");
    }

    @Test
    void movingIntoAClosedItemTellsThePublicOnlyThatTheSittingIsClosedNow() {
        Sitting onOpening = sitting(Sitting.Phase.IN_PROGRESS, false, opening.id());
        Sitting onPersonnel = sitting(Sitting.Phase.IN_PROGRESS, false, personnel.id());
        SittingSnapshot before = snapshot(onOpening, opening, personnel, budget);
        SittingSnapshot after = snapshot(onPersonnel, opening, personnel, budget);
        assertThat(changes(before, after, Clearance.MEMBER)).containsExactly("current shown");
        assertThat(changes(before, after, Clearance.PUBLIC)).containsExactly("current closed");
        assertThat(ViewDiff.between(before, after, Clearance.PUBLIC))
                .containsExactly(new ViewChange.CurrentMoved(null, true, null));
        Sitting onBudget = sitting(Sitting.Phase.IN_PROGRESS, false, budget.id());
        assertThat(changes(after, snapshot(onBudget, opening, personnel, budget), Clearance.PUBLIC))
                .containsExactly("current shown");
    }

    @Test
    void aReorderThatChangesWhatComesNextTellsTheChair() {
        Sitting onOpening = sitting(Sitting.Phase.IN_PROGRESS, false, opening.id());
        SittingSnapshot before = snapshot(onOpening, opening, budget, personnel);
        SittingSnapshot after = new SittingSnapshot(onOpening, List.of(at(opening, 1), at(personnel, 2), at(budget, 3)));
        List<ViewChange> changes = ViewDiff.between(before, after, Clearance.STAFF);
        assertThat(changes.getLast()).isEqualTo(new ViewChange.CurrentMoved(opening.id(), false, personnel.id()));
        // The public are never told what comes next, so nothing changed for them.
        assertThat(ViewDiff.between(before, after, Clearance.PUBLIC)).isEmpty();
    }

    @Test
    void startingASittingIsOneStartAndItsFirstItem() {
        SittingSnapshot before = snapshot(planned, opening, budget);
        SittingSnapshot after = snapshot(sitting(Sitting.Phase.IN_PROGRESS, false, opening.id()), opening, budget);
        assertThat(changes(before, after, Clearance.PUBLIC)).containsExactly("started", "current shown");
    }

    @Test
    void aReorderMovesOnlyWhatMoved() {
        SittingSnapshot before = snapshot(planned, opening, budget, personnel);
        SittingSnapshot after = new SittingSnapshot(planned, List.of(at(opening, 1), at(personnel, 2), at(budget, 3)));
        assertThat(changes(before, after, Clearance.MEMBER))
                .containsExactly("moved Công tác cán bộ to 2", "moved Ngân sách to 3");
        assertThat(changes(before, after, Clearance.PUBLIC)).isEmpty();
    }
}
