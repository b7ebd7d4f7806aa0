package vn.hopso.meeting.sitting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hopso.meeting.access.Audience;
import vn.hopso.meeting.api.AgendaItem;
import vn.hopso.meeting.api.AgendaItemState;

class AgendaRulesTest {

    private static final UUID SITTING = UUID.randomUUID();

    private static AgendaItem item(String title, AgendaItemState state, boolean closed) {
        return new AgendaItem(UUID.randomUUID(), SITTING, 0, null, title, null, null, null, closed, state, false);
    }

    private final AgendaItem opening = item("Khai mạc", AgendaItemState.PUBLISHED, false);
    private final AgendaItem draft = item("Nháp", AgendaItemState.DRAFT, false);
    private final AgendaItem budget = item("Ngân sách", AgendaItemState.PUBLISHED, false);

    @Test
    void numbersCountPublishedItemsOnlySoDraftsDoNotShiftThem() {
        List<AgendaItem> numbered = AgendaRules.renumber(List.of(opening, draft, budget));
        assertThat(numbered).extracting(AgendaItem::position).containsExactly(1, 2, 3);
        assertThat(numbered).extracting(AgendaItem::number).containsExactly(1, null, 2);
    }

    @Test
    void changedListsOnlyItemsWhosePositionOrNumberMoved() {
        List<AgendaItem> before = AgendaRules.renumber(List.of(opening, draft, budget));
        List<AgendaItem> after = AgendaRules.renumber(List.of(opening, budget, draft));
        assertThat(AgendaRules.changed(before, after)).extracting(AgendaItem::title).containsExactly("Ngân sách", "Nháp");
    }

    @Test
    void reorderNeedsEveryItemExactlyOnce() {
        List<AgendaItem> items = List.of(opening, draft, budget);
        assertThat(AgendaRules.reorder(items, List.of(budget.id(), opening.id(), draft.id())))
                .extracting(AgendaItem::title).containsExactly("Ngân sách", "Khai mạc", "Nháp");
        assertThatThrownBy(() -> AgendaRules.reorder(items, List.of(budget.id(), opening.id())))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> AgendaRules.reorder(items, List.of(budget.id(), budget.id(), draft.id())))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void nextSkipsDraftsAndStopsAtTheEnd() {
        List<AgendaItem> items = List.of(draft, opening, item("Nháp 2", AgendaItemState.DRAFT, false), budget);
        assertThat(AgendaRules.first(items)).contains(opening.id());
        assertThat(AgendaRules.next(items, opening.id())).contains(budget.id());
        assertThat(AgendaRules.next(items, budget.id())).isEmpty();
    }

    @Test
    void draftsAreForStaffClosedItemsForMembers() {
        assertThat(AgendaRules.audienceOf(draft, false)).isEqualTo(Audience.STAFF);
        assertThat(AgendaRules.audienceOf(item("Cán bộ", AgendaItemState.PUBLISHED, true), false)).isEqualTo(Audience.MEMBERS);
        assertThat(AgendaRules.audienceOf(opening, true)).isEqualTo(Audience.MEMBERS);
        assertThat(AgendaRules.audienceOf(opening, false)).isEqualTo(Audience.EVERYONE);
    }
}
