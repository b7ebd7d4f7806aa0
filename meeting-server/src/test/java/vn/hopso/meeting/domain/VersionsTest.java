package vn.hopso.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VersionsTest {

    private static void refused(Runnable rule, String code, Refusal.Kind kind) {
        assertThatThrownBy(rule::run).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.refusal().code()).isEqualTo(code);
            assertThat(r.refusal().kind()).isEqualTo(kind);
        });
    }

    @Test
    void anEditNamesTheVersionItWasMadeFrom() {
        assertThatCode(() -> Versions.require(3, 3L)).doesNotThrowAnyException();
        refused(() -> Versions.require(3, 2L), "stale_version", Refusal.Kind.CONFLICT);
        refused(() -> Versions.require(3, 4L), "stale_version", Refusal.Kind.CONFLICT);
        refused(() -> Versions.require(3, null), "invalid", Refusal.Kind.INVALID);
    }

    @Test
    void anUpdateThatFoundNoRowOfThatVersionIsAConflict() {
        assertThatCode(() -> Versions.requireUpdated(1)).doesNotThrowAnyException();
        refused(() -> Versions.requireUpdated(0), "stale_version", Refusal.Kind.CONFLICT);
    }
}
