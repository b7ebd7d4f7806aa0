package vn.hopso.meeting.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hopso.meeting.api.AttendanceStatus;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.sitting.domain.Attendance;
import vn.hopso.meeting.sitting.domain.Sitting;
import vn.hopso.meeting.sitting.domain.Standing;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;

/**
 * One delegate's standing, read in one statement by every change of attendance, agrees with the whole board read for
 * the screens: the same latest record, the same count of those present among the delegates elected on the sitting's
 * day (8 Dec), the same total.
 */
class AttendanceStoreTest extends ServerTest {

    private static final Instant AT = Instant.parse("2026-12-08T01:00:00Z");

    @Autowired
    private AttendanceStore attendance;

    @Autowired
    private SittingStore sittings;

    private Sitting sitting;
    private Sitting otherSitting;
    private List<TestUser> delegates;
    private TestUser resigned;
    private TestUser chair;

    @BeforeEach
    void aCouncilOfFiveDelegatesOneOfWhomResignedBeforeTheSitting() {
        Organisation council = fixtures().council("HĐND tỉnh Vị Thế");
        delegates = List.of(fixtures().member(council, Role.DELEGATE, "Nguyễn Văn An"),
                fixtures().member(council, Role.DELEGATE, "Trần Thị Bình"),
                fixtures().member(council, Role.DELEGATE, "Lê Văn Cường"),
                fixtures().member(council, Role.DELEGATE, "Phạm Thị Dung"));
        resigned = fixtures().member(council, Role.DELEGATE, "Võ Đã Thôi");
        chair = fixtures().member(council, Role.CHAIR, "Hoàng Chủ Tọa");
        UUID session = UUID.randomUUID();
        jdbc.sql("insert into sessions (id, organisation_id, name, starts_on, ends_on) values (?, ?, 'Kỳ họp', "
                + "date '2026-12-08', date '2026-12-09')").params(session, council.id()).update();
        sitting = sitting(session, council.id());
        otherSitting = sitting(session, council.id());
    }

    private Sitting sitting(UUID session, UUID council) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into sittings (id, session_id, organisation_id, title, starts_at, closed, state) "
                + "values (?, ?, ?, 'Phiên khai mạc', ?, false, 'IN_PROGRESS')")
                .params(id, session, council, Timestamp.from(AT)).update();
        return sittings.find(id).orElseThrow();
    }

    @Test
    void theStandingOfEachDelegateAgreesWithTheBoardAsTheHistoryGrows() {
        assertAgreesWithTheBoard();
        record(delegates.get(0), AttendanceStatus.PRESENT, 1);
        record(delegates.get(1), AttendanceStatus.PRESENT, 2);
        record(delegates.get(2), AttendanceStatus.EXCUSED, 3);
        assertAgreesWithTheBoard();
        record(delegates.get(1), AttendanceStatus.LEFT, 4);
        record(delegates.get(2), AttendanceStatus.PRESENT, 5);
        // Checked in while still holding the mandate on the records, which then turn out to end before the day.
        record(resigned, AttendanceStatus.PRESENT, 6);
        jdbc.sql("update memberships set mandate_until = ? where id = ?")
                .params(Date.valueOf(LocalDate.of(2026, 12, 7)), resigned.membershipId()).update();
        assertAgreesWithTheBoard();

        Standing dung = attendance.standingOf(sitting, delegates.get(3).membershipId()).orElseThrow();
        assertThat(dung.latestRecord()).isEmpty();
        assertThat(dung.present()).as("An and Cường; not Bình, who left, nor the resigned").isEqualTo(2);
        assertThat(dung.totalElected()).isEqualTo(4);
        assertThat(attendance.standingOf(otherSitting, delegates.get(0).membershipId()).orElseThrow().present())
                .as("another sitting's records count for nothing here").isZero();
    }

    @Test
    void onlyDelegatesElectedOnTheDayHaveAStanding() {
        jdbc.sql("update memberships set mandate_until = ? where id = ?")
                .params(Date.valueOf(LocalDate.of(2026, 12, 7)), resigned.membershipId()).update();
        assertThat(attendance.standingOf(sitting, resigned.membershipId())).isEmpty();
        assertThat(attendance.standingOfAccount(sitting, accountOf(resigned))).isEmpty();
        assertThat(attendance.standingOf(sitting, chair.membershipId())).isEmpty();
        assertThat(attendance.standingOfAccount(sitting, accountOf(chair))).isEmpty();
        assertThat(attendance.standingOf(sitting, UUID.randomUUID())).isEmpty();
        assertThat(attendance.standingOfAccount(sitting, accountOf(delegates.get(1))).orElseThrow().delegate()
                .membershipId()).isEqualTo(delegates.get(1).membershipId());
    }

    private void assertAgreesWithTheBoard() {
        Attendance board = attendance.of(sitting);
        for (Attendance.Delegate delegate : board.elected()) {
            Standing byMembership = attendance.standingOf(sitting, delegate.membershipId()).orElseThrow();
            Standing byAccount = attendance.standingOfAccount(sitting, delegate.accountId()).orElseThrow();
            assertThat(byAccount).isEqualTo(byMembership);
            assertThat(byMembership.delegate()).isEqualTo(delegate);
            assertThat(byMembership.latestRecord()).isEqualTo(board.latestOf(delegate.membershipId()));
            assertThat(byMembership.quorum()).isEqualTo(board.quorum());
        }
    }

    private void record(TestUser delegate, AttendanceStatus status, int minute) {
        Attendance.Delegate elected = attendance.standingOf(sitting, delegate.membershipId()).orElseThrow().delegate();
        attendance.record(sitting.id(), elected, status, status == AttendanceStatus.EXCUSED ? "Ốm" : null,
                accountOf(chair), AT.plusSeconds(60L * minute));
    }

    private UUID accountOf(TestUser user) {
        return jdbc.sql("select id from accounts where person_id = ?").param(user.personId()).query(UUID.class)
                .single();
    }
}
