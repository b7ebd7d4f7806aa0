package vn.hopso.meeting.sitting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hopso.meeting.api.SpeakerKind;
import vn.hopso.meeting.api.SpeakerState;
import vn.hopso.meeting.domain.Refused;

/** The speaker queue's rules, applied as the pipeline would: each change stored, the next one read from it. */
class SpeakerQueueTest {

    private static final Instant T0 = Instant.parse("2026-12-08T02:00:00Z");
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    private final UUID item = UUID.randomUUID();
    private final Sitting sitting = Agendas.sitting(Sitting.Phase.IN_PROGRESS, false, item);
    private final Map<UUID, SpeakerRequest> stored = new HashMap<>();

    private SpeakerQueue queue() {
        return new SpeakerQueue(new ArrayList<>(stored.values()));
    }

    private void store(List<SpeakerRequest> changed) {
        changed.forEach(r -> stored.put(r.id(), r));
    }

    private UUID register(String name, SpeakerKind kind) {
        UUID id = UUID.randomUUID();
        Speaker delegate = Speaker.delegate(new Attendance.Delegate(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), name, null, null, null));
        store(queue().register(sitting, item, delegate, kind, kind == SpeakerKind.QUESTION ? "Giám đốc Sở Y tế" : null,
                id, T0));
        return id;
    }

    private List<String> order() {
        return queue().ofItem(item).stream().map(r -> r.speaker().fullName() + ":" + r.state()).toList();
    }

    private static void refused(Runnable rule, String code) {
        assertThatThrownBy(rule::run).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.refusal().code()).isEqualTo(code));
    }

    @Test
    void aPointOfOrderGoesFirstAReplyNextTheRestInTheOrderTheyCame() {
        register("An", SpeakerKind.DISCUSSION);
        register("Bình", SpeakerKind.QUESTION);
        register("Cường", SpeakerKind.REPLY);
        register("Dung", SpeakerKind.POINT_OF_ORDER);
        register("Em", SpeakerKind.REPLY);
        assertThat(order()).containsExactly("Dung:WAITING", "Cường:WAITING", "Em:WAITING", "An:WAITING",
                "Bình:WAITING");
        assertThat(queue().ofItem(item)).extracting(SpeakerRequest::position).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void oneOpenRequestPerDelegateAndItemAndAQuestionNamesItsAddressee() {
        UUID id = UUID.randomUUID();
        Speaker an = Speaker.delegate(new Attendance.Delegate(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "An", null, null, null));
        store(queue().register(sitting, item, an, SpeakerKind.DISCUSSION, null, id, T0));
        refused(() -> queue().register(sitting, item, an, SpeakerKind.REPLY, null, UUID.randomUUID(), T0),
                "already_registered");
        refused(() -> queue().register(sitting, item, an, SpeakerKind.QUESTION, " ", UUID.randomUUID(), T0), "invalid");
        store(List.of(queue().withdraw(id, an.accountId())));
        store(queue().register(sitting, item, an, SpeakerKind.REPLY, null, UUID.randomUUID(), T0));
        refused(() -> queue().withdraw(id, an.accountId()), "not_waiting");
        refused(() -> queue().withdraw(id, UUID.randomUUID()), "not_found");
        refused(() -> queue().register(Agendas.sitting(Sitting.Phase.ENDED, false, item), item, an,
                SpeakerKind.DISCUSSION, null, UUID.randomUUID(), T0), "sitting_ended");
    }

    @Test
    void aSiteAsksOnceLikeADelegateAndOnlyItsOperatorWithdraws() {
        UUID operator = UUID.randomUUID();
        Speaker site = Speaker.site(UUID.randomUUID(), "Điểm cầu xã Tân Lập", operator);
        UUID an = register("An", SpeakerKind.DISCUSSION);
        UUID id = UUID.randomUUID();
        store(queue().register(sitting, item, site, SpeakerKind.DISCUSSION, null, id, T0.plusSeconds(1)));
        assertThat(order()).containsExactly("An:WAITING", "Điểm cầu xã Tân Lập:WAITING");
        refused(() -> queue().register(sitting, item, Speaker.site(site.siteId(), "Điểm cầu xã Tân Lập",
                UUID.randomUUID()), SpeakerKind.QUESTION, "Chủ tịch UBND", UUID.randomUUID(), T0), "already_registered");
        refused(() -> queue().withdraw(id, UUID.randomUUID()), "not_found");
        store(List.of(queue().withdraw(id, operator)));
        assertThat(queue().find(an).orElseThrow().state()).isEqualTo(SpeakerState.WAITING);
        assertThat(order()).containsExactly("An:WAITING", "Điểm cầu xã Tân Lập:WITHDRAWN");
    }

    @Test
    void theChairReordersNamingEveryWaitingRequestAsItStandsNow() {
        UUID an = register("An", SpeakerKind.DISCUSSION);
        UUID binh = register("Bình", SpeakerKind.DISCUSSION);
        UUID cuong = register("Cường", SpeakerKind.DISCUSSION);
        store(queue().reorder(item, List.of(cuong, an, binh)));
        assertThat(order()).containsExactly("Cường:WAITING", "An:WAITING", "Bình:WAITING");
        refused(() -> queue().reorder(item, List.of(an, binh)), "stale_state");
        refused(() -> queue().reorder(item, List.of(an, binh, UUID.randomUUID())), "stale_state");
    }

    @Test
    void oneSpeakerHoldsTheFloorAndAPointOfOrderInterruptsThenTheSpeechResumesWithItsTimeLeft() {
        UUID an = register("An", SpeakerKind.DISCUSSION);
        UUID binh = register("Bình", SpeakerKind.DISCUSSION);
        store(queue().giveFloor(sitting, an, FIVE_MINUTES, T0));
        assertThat(queue().holder().orElseThrow().deadline()).isEqualTo(T0.plus(FIVE_MINUTES));
        refused(() -> queue().giveFloor(sitting, binh, FIVE_MINUTES, T0.plusSeconds(10)), "floor_taken");

        UUID dung = register("Dung", SpeakerKind.POINT_OF_ORDER);
        store(queue().giveFloor(sitting, dung, Duration.ofMinutes(1), T0.plusSeconds(120)));
        assertThat(queue().find(an).orElseThrow().state()).isEqualTo(SpeakerState.PAUSED);
        assertThat(queue().find(an).orElseThrow().remaining()).isEqualTo(Duration.ofSeconds(180));
        assertThat(queue().holder().orElseThrow().id()).isEqualTo(dung);

        store(queue().endSpeech(T0.plusSeconds(150)));
        SpeakerRequest resumed = queue().holder().orElseThrow();
        assertThat(resumed.id()).isEqualTo(an);
        assertThat(resumed.deadline()).isEqualTo(T0.plusSeconds(150 + 180));

        store(queue().endSpeech(T0.plusSeconds(400)));
        SpeakerRequest spoke = queue().find(an).orElseThrow();
        assertThat(spoke.state()).isEqualTo(SpeakerState.DONE);
        assertThat(spoke.overrun()).as("ended 70 s after its time ran out").isEqualTo(Duration.ofSeconds(70));
        refused(() -> queue().endSpeech(T0.plusSeconds(401)), "no_speaker");
    }

    @Test
    void theChairPausesAndResumesAndTheFloorIsGivenOnlyOnTheCurrentItemOfARunningSitting() {
        UUID an = register("An", SpeakerKind.DISCUSSION);
        refused(() -> queue().giveFloor(Agendas.sitting(Sitting.Phase.PLANNED, false, null), an, FIVE_MINUTES, T0),
                "sitting_not_in_progress");
        refused(() -> queue().giveFloor(Agendas.sitting(Sitting.Phase.IN_PROGRESS, false, UUID.randomUUID()), an,
                FIVE_MINUTES, T0), "item_not_current");
        refused(() -> queue().giveFloor(sitting, an, Duration.ofSeconds(5), T0), "invalid");
        store(queue().giveFloor(sitting, an, FIVE_MINUTES, T0));
        store(List.of(queue().pause(T0.plusSeconds(60))));
        refused(() -> queue().pause(T0.plusSeconds(61)), "no_speaker");
        UUID binh = register("Bình", SpeakerKind.DISCUSSION);
        refused(() -> queue().giveFloor(sitting, binh, FIVE_MINUTES, T0.plusSeconds(62)), "floor_taken");
        store(List.of(queue().resume(T0.plusSeconds(100))));
        assertThat(queue().holder().orElseThrow().deadline()).isEqualTo(T0.plusSeconds(100 + 240));
        refused(() -> queue().resume(T0.plusSeconds(101)), "floor_taken");
    }
}
