package vn.hopso.meeting.sitting.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hopso.meeting.sitting.domain.Agendas.sitting;

import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.domain.Refused;

class SittingRulesTest {

    private static void refused(Runnable rule, String code, Refusal.Kind kind) {
        assertThatThrownBy(rule::run).isInstanceOfSatisfying(Refused.class, r -> {
            Assertions.assertThat(r.refusal().code()).isEqualTo(code);
            Assertions.assertThat(r.refusal().kind()).isEqualTo(kind);
        });
    }

    @Test
    void whetherASittingIsClosedIsDecidedBeforeItStarts() {
        assertThatCode(() -> SittingRules.requireClosedFlagMayChange(sitting(Sitting.Phase.PLANNED, true, null), false))
                .doesNotThrowAnyException();
        refused(() -> SittingRules.requireClosedFlagMayChange(sitting(Sitting.Phase.IN_PROGRESS, true, null), false),
                "closed_flag_locked", Refusal.Kind.CONFLICT);
        refused(() -> SittingRules.requireClosedFlagMayChange(sitting(Sitting.Phase.ENDED, true, null), false),
                "closed_flag_locked", Refusal.Kind.CONFLICT);
        assertThatCode(() -> SittingRules.requireClosedFlagMayChange(sitting(Sitting.Phase.ENDED, true, null), true))
                .doesNotThrowAnyException();
    }

    @Test
    void aCommandSentFromAnOlderScreenIsRefused() {
        UUID current = UUID.randomUUID();
        Sitting sitting = sitting(Sitting.Phase.IN_PROGRESS, false, current);
        assertThatCode(() -> SittingRules.requireCurrent(sitting, current)).doesNotThrowAnyException();
        refused(() -> SittingRules.requireCurrent(sitting, null), "stale_state", Refusal.Kind.CONFLICT);
        refused(() -> SittingRules.requireCurrent(sitting, UUID.randomUUID()), "stale_state", Refusal.Kind.CONFLICT);
    }
}
