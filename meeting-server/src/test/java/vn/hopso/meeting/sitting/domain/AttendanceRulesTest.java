package vn.hopso.meeting.sitting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
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

    @Test
    void aDelegateChecksInOnlyThemselfOnceAndOutOnlyAfterCheckingIn() {
        Attendance none = with(Map.of());
        assertThat(AttendanceRules.requireElected(none.delegateOf(an.accountId()))).isEqualTo(an);
        refused(() -> AttendanceRules.requireElected(none.delegateOf(UUID.randomUUID())), "not_an_elected_delegate");
        refused(() -> AttendanceRules.requirePresent(none, an.membershipId()), "not_checked_in");
        Attendance in = with(Map.of(an.membershipId(), record(an, AttendanceStatus.PRESENT, null)));
        refused(() -> AttendanceRules.requireNotPresent(in, an.membershipId()), "already_checked_in");
        assertThatCode(() -> AttendanceRules.requirePresent(in, an.membershipId())).doesNotThrowAnyException();
    }

    @Test
    void leaveNeedsAReasonAndAMarkThatChangesNothingIsRefused() {
        Attendance attendance = with(Map.of(binh.membershipId(), record(binh, AttendanceStatus.ABSENT, null)));
        refused(() -> AttendanceRules.requireMarkable(attendance, UUID.randomUUID(), AttendanceStatus.PRESENT, null),
                "not_found");
        refused(() -> AttendanceRules.requireMarkable(attendance, cuong.membershipId(), AttendanceStatus.EXCUSED, " "),
                "invalid");
        refused(() -> AttendanceRules.requireMarkable(attendance, binh.membershipId(), AttendanceStatus.ABSENT, null),
                "attendance_unchanged");
        assertThat(AttendanceRules.requireMarkable(attendance, binh.membershipId(), AttendanceStatus.EXCUSED, "Ốm"))
                .isEqualTo(binh);
    }

    @Test
    void aSiteOperatorReachesOnlyTheDelegatesAtASiteTheyOperate() {
        UUID tanLap = UUID.randomUUID();
        UUID bacSon = UUID.randomUUID();
        Attendance.Delegate atTanLap = new Attendance.Delegate(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "Đỗ Thị Dung", null, tanLap, "Điểm cầu xã Tân Lập");
        Attendance.Delegate atBacSon = new Attendance.Delegate(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "Hoàng Văn Em", null, bacSon, "Điểm cầu phường Bắc Sơn");
        Attendance attendance = new Attendance(List.of(an, atTanLap, atBacSon), Map.of(), QuorumRule.TWO_THIRDS);
        assertThat(AttendanceRules.requireAtOperatedSite(attendance, atTanLap.membershipId(), tanLap::equals))
                .isEqualTo(atTanLap);
        refused(() -> AttendanceRules.requireAtOperatedSite(attendance, atBacSon.membershipId(), tanLap::equals),
                "delegate_of_another_site");
        refused(() -> AttendanceRules.requireAtOperatedSite(attendance, an.membershipId(), tanLap::equals),
                "delegate_of_another_site");
        refused(() -> AttendanceRules.requireAtOperatedSite(attendance, UUID.randomUUID(), tanLap::equals),
                "not_found");
    }

    @Test
    void theRecordStandsOnceTheSittingHasEnded() {
        refused(() -> AttendanceRules.requireOpen(Agendas.sitting(Sitting.Phase.ENDED, false, null)), "sitting_ended");
        assertThatCode(() -> AttendanceRules.requireOpen(Agendas.sitting(Sitting.Phase.PLANNED, false, null)))
                .doesNotThrowAnyException();
    }
}
