package vn.hopso.meeting.sitting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hopso.meeting.api.AttendanceStatus;
import vn.hopso.meeting.domain.Refused;

class AttendanceRulesTest {

    private static final Instant AT = Instant.parse("2026-12-08T01:05:00Z");
    private final Attendance.Delegate an = delegate("Nguyễn Văn An");
    private final Attendance.Delegate binh = delegate("Trần Thị Bình");
    private final Attendance.Delegate cuong = delegate("Lê Văn Cường");

    private static Attendance.Delegate delegate(String name) {
        return new Attendance.Delegate(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), name, null, null, null);
    }

    private Attendance with(Map<UUID, Attendance.Record> latest) {
        return new Attendance(List.of(an, binh, cuong), latest, QuorumRule.TWO_THIRDS);
    }

    private static Attendance.Record record(Attendance.Delegate delegate, AttendanceStatus status, String reason) {
        return new Attendance.Record(delegate.membershipId(), status, reason, AT);
    }

    private static void refused(Runnable rule, String code) {
        assertThatThrownBy(rule::run).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.refusal().code()).isEqualTo(code));
    }

    @Test
    void onlyThosePresentNowCountAndLeavingOrLeaveDoNot() {
        Attendance attendance = with(Map.of(an.membershipId(), record(an, AttendanceStatus.PRESENT, null),
                binh.membershipId(), record(binh, AttendanceStatus.LEFT, null),
                cuong.membershipId(), record(cuong, AttendanceStatus.EXCUSED, "Ốm")));
        assertThat(attendance.quorum()).isEqualTo(new Quorum(1, 3, 2, false));
    }

    private static Standing standing(Attendance.Delegate delegate, Attendance.Record latest, int present, int total) {
        return new Standing(delegate, latest, present, total, QuorumRule.TWO_THIRDS);
    }

    @Test
    void aDelegateChecksInOnlyThemselfOnceAndOutOnlyAfterCheckingIn() {
        Standing none = standing(an, null, 0, 3);
        assertThat(AttendanceRules.requireElected(Optional.of(none))).isEqualTo(none);
        refused(() -> AttendanceRules.requireElected(Optional.empty()), "not_an_elected_delegate");
        refused(() -> AttendanceRules.requirePresent(none), "not_checked_in");
        assertThatCode(() -> AttendanceRules.requireNotPresent(none)).doesNotThrowAnyException();
        Standing in = standing(an, record(an, AttendanceStatus.PRESENT, null), 1, 3);
        refused(() -> AttendanceRules.requireNotPresent(in), "already_checked_in");
        assertThatCode(() -> AttendanceRules.requirePresent(in)).doesNotThrowAnyException();
        Standing left = standing(an, record(an, AttendanceStatus.LEFT, null), 0, 3);
        refused(() -> AttendanceRules.requirePresent(left), "not_checked_in");
    }

    @Test
    void leaveNeedsAReasonAndAMarkThatChangesNothingIsRefused() {
        Standing absent = standing(binh, record(binh, AttendanceStatus.ABSENT, null), 0, 3);
        Standing onLeave = standing(cuong, record(cuong, AttendanceStatus.EXCUSED, "Ốm"), 0, 3);
        refused(() -> AttendanceRules.requireMarkable(Optional.empty(), AttendanceStatus.PRESENT, null), "not_found");
        refused(() -> AttendanceRules.requireMarkable(Optional.of(absent), AttendanceStatus.EXCUSED, " "), "invalid");
        refused(() -> AttendanceRules.requireMarkable(Optional.of(absent), AttendanceStatus.ABSENT, null),
                "attendance_unchanged");
        refused(() -> AttendanceRules.requireMarkable(Optional.of(onLeave), AttendanceStatus.EXCUSED, "Ốm"),
                "attendance_unchanged");
        assertThat(AttendanceRules.requireMarkable(Optional.of(onLeave), AttendanceStatus.EXCUSED, "Đi công tác"))
                .as("a corrected reason is a change").isEqualTo(onLeave);
        assertThat(AttendanceRules.requireMarkable(Optional.of(absent), AttendanceStatus.EXCUSED, "Ốm"))
                .isEqualTo(absent);
    }

    @Test
    void aSiteOperatorReachesOnlyTheDelegatesAtASiteTheyOperate() {
        UUID tanLap = UUID.randomUUID();
        UUID bacSon = UUID.randomUUID();
        Standing atTanLap = standing(new Attendance.Delegate(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "Đỗ Thị Dung", null, tanLap, "Điểm cầu xã Tân Lập"), null, 0, 3);
        Standing atBacSon = standing(new Attendance.Delegate(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "Hoàng Văn Em", null, bacSon, "Điểm cầu phường Bắc Sơn"), null, 0, 3);
        Standing inTheHall = standing(an, null, 0, 3);
        assertThat(AttendanceRules.requireAtOperatedSite(Optional.of(atTanLap), tanLap::equals)).isEqualTo(atTanLap);
        refused(() -> AttendanceRules.requireAtOperatedSite(Optional.of(atBacSon), tanLap::equals),
                "delegate_of_another_site");
        refused(() -> AttendanceRules.requireAtOperatedSite(Optional.of(inTheHall), tanLap::equals),
                "delegate_of_another_site");
        refused(() -> AttendanceRules.requireAtOperatedSite(Optional.empty(), tanLap::equals), "not_found");
    }

    @Test
    void aChangeMovesTheQuorumByTheDelegateItChangesOnly() {
        Standing notYet = standing(an, null, 1, 3);
        assertThat(notYet.quorumWith(record(an, AttendanceStatus.PRESENT, null))).isEqualTo(new Quorum(2, 3, 2, true));
        assertThat(notYet.quorumWith(record(an, AttendanceStatus.ABSENT, null))).isEqualTo(new Quorum(1, 3, 2, false));
        Standing in = standing(an, record(an, AttendanceStatus.PRESENT, null), 2, 3);
        assertThat(in.quorum()).isEqualTo(new Quorum(2, 3, 2, true));
        assertThat(in.quorumWith(record(an, AttendanceStatus.LEFT, null))).isEqualTo(new Quorum(1, 3, 2, false));
        assertThat(in.quorumWith(record(an, AttendanceStatus.PRESENT, null))).isEqualTo(new Quorum(2, 3, 2, true));
        assertThatThrownBy(() -> in.quorumWith(record(binh, AttendanceStatus.PRESENT, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> standing(an, record(an, AttendanceStatus.PRESENT, null), 0, 3))
                .as("a delegate present is counted among those present").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRecordStandsOnceTheSittingHasEnded() {
        refused(() -> AttendanceRules.requireOpen(Agendas.sitting(Sitting.Phase.ENDED, false, null)), "sitting_ended");
        assertThatCode(() -> AttendanceRules.requireOpen(Agendas.sitting(Sitting.Phase.PLANNED, false, null)))
                .doesNotThrowAnyException();
    }
}
