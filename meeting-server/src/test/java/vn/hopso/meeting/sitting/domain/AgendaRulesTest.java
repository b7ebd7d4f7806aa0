package vn.hopso.meeting.sitting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hopso.meeting.sitting.domain.Agendas.draft;
import static vn.hopso.meeting.sitting.domain.Agendas.published;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hopso.meeting.domain.Refused;

class AgendaRulesTest {

    private final AgendaItem opening = published("Khai mạc");
    private final AgendaItem notYet = draft("Nháp");
    private final AgendaItem budget = published("Ngân sách");

    @Test
    void reorderNeedsEveryItemExactlyOnce() {
        List<AgendaItem> items = List.of(opening, notYet, budget);
        assertThat(AgendaRules.reorder(items, List.of(budget.id(), opening.id(), notYet.id())))
                .containsExactly(budget.id(), opening.id(), notYet.id());
        assertThatThrownBy(() -> AgendaRules.reorder(items, List.of(budget.id(), opening.id())))
                .isInstanceOfSatisfying(Refused.class,
                        r -> assertThat(r.refusal().code()).isEqualTo("agenda_order_mismatch"));
        assertThatThrownBy(() -> AgendaRules.reorder(items, List.of(budget.id(), budget.id(), notYet.id())))
                .isInstanceOf(Refused.class);
    }

    @Test
    void nextSkipsDraftsAndStopsAtTheEnd() {
        List<AgendaItem> items = List.of(notYet, opening, draft("Nháp 2"), budget);
        assertThat(AgendaRules.first(items)).contains(opening.id());
        assertThat(AgendaRules.next(items, opening.id())).contains(budget.id());
        assertThat(AgendaRules.next(items, budget.id())).isEmpty();
    }

    @Test
    void aNewItemGoesAfterEveryOtherEvenWhenPositionsHaveGaps() {
        assertThat(AgendaRules.endPosition(List.of())).isEqualTo(1);
        assertThat(AgendaRules.endPosition(List.of(Agendas.at(opening, 1), Agendas.at(budget, 7)))).isEqualTo(8);
    }
}
