package vn.hopso.meeting.sitting;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.api.AttendanceEntry;
import vn.hopso.meeting.api.AttendanceLine;
import vn.hopso.meeting.api.AttendanceStatus;
import vn.hopso.meeting.api.PresenceSnapshot;
import vn.hopso.meeting.api.QuorumLine;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.sitting.domain.Attendance;
import vn.hopso.meeting.sitting.domain.Quorum;
import vn.hopso.meeting.sitting.domain.QuorumRule;
import vn.hopso.meeting.sitting.domain.Sitting;
import vn.hopso.meeting.sitting.domain.Standing;

/** Attendance records of sittings, and who was an elected delegate on a sitting's day. */
@Component
public class AttendanceStore {

    /** Sittings are held, and their days counted, in Vietnam. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Membership {@code m} holds a mandate in the organisation (1), in the role (2), on the day (3, 4). */
    private static final String MANDATED = """
            m.organisation_id = ? and m.role = ?
              and (m.mandate_from is null or m.mandate_from <= ?)
              and (m.mandate_until is null or m.mandate_until >= ?)""";

    private static final String ELECTED = """
            select m.id, p.id, a.id, p.full_name, d.name, s.id, s.name
            from memberships m
            join persons p on p.id = m.person_id
            join accounts a on a.person_id = p.id
            left join delegations d on d.id = m.delegation_id
            left join sites s on s.id = m.site_id
            where %s""".formatted(MANDATED);

    /**
     * One elected delegate's standing, in one statement that reads one delegate and two counts: the sitting (1) and
     * mandate (2–5) of those present, the mandate (6–9) of the total, the sitting (10) of the delegate's latest record
     * and their own mandate (11–14); then the delegate picked (15), by account or by membership.
     */
    private static final String STANDING = """
            select m.id, p.id, a.id, p.full_name, d.name, s.id, s.name, l.status, l.reason, l.at,
                   (select count(*) from (select distinct on (membership_id) membership_id, status from attendance
                                          where sitting_id = ? order by membership_id, at desc, id desc) latest
                    join memberships m on m.id = latest.membership_id
                    join accounts a on a.person_id = m.person_id
                    where latest.status = 'PRESENT' and %1$s),
                   (select count(*) from memberships m join accounts a on a.person_id = m.person_id where %1$s),
                   o.quorum_numerator, o.quorum_denominator
            from memberships m
            join persons p on p.id = m.person_id
            join accounts a on a.person_id = p.id
            join organisations o on o.id = m.organisation_id
            left join delegations d on d.id = m.delegation_id
            left join sites s on s.id = m.site_id
            left join lateral (select status, reason, at from attendance
                               where sitting_id = ? and membership_id = m.id order by at desc, id desc limit 1) l on true
            where %1$s""".formatted(MANDATED);
    private static final String STANDING_OF_ACCOUNT = STANDING + " and a.id = ? order by m.id limit 1";
    private static final String STANDING_OF_MEMBERSHIP = STANDING + " and m.id = ? order by m.id limit 1";

    private static final String SNAPSHOT = """
            select id, taken_at, present, total_elected, required, quorate, present_memberships
            from presence_snapshots""";

    private final JdbcClient jdbc;

    AttendanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The attendance of the sitting as it stands, counted against the delegates with a mandate on its day. */
    public Attendance of(Sitting sitting) {
        LocalDate day = LocalDate.ofInstant(sitting.startsAt(), VIETNAM);
        List<Attendance.Delegate> elected = jdbc.sql(ELECTED + " order by p.full_name, m.id")
                .params(sitting.organisationId(), Role.DELEGATE.name(), Date.valueOf(day), Date.valueOf(day))
                .query(AttendanceStore::delegate)
                .list();
        Map<UUID, Attendance.Record> latest = new LinkedHashMap<>();
        latest(sitting.id()).forEach(record -> latest.put(record.membershipId(), record));
        return new Attendance(elected, latest, rule(sitting.organisationId()));
    }

    /**
     * The account's membership among the delegates elected on the sitting's day, if it has one: what a command that
     * only needs the caller reads, rather than the whole board.
     */
    public Optional<Attendance.Delegate> electedDelegate(Sitting sitting, UUID accountId) {
        LocalDate day = LocalDate.ofInstant(sitting.startsAt(), VIETNAM);
        return jdbc.sql(ELECTED + " and a.id = ? order by m.id limit 1")
                .params(sitting.organisationId(), Role.DELEGATE.name(), Date.valueOf(day), Date.valueOf(day), accountId)
                .query(AttendanceStore::delegate)
                .optional();
    }

    /** The standing of the elected delegate who checks in with this account, if there is one. */
    public Optional<Standing> standingOfAccount(Sitting sitting, UUID accountId) {
        return standing(sitting, STANDING_OF_ACCOUNT, accountId);
    }

    /** The standing of the delegate of this membership, if it holds a mandate on the sitting's day. */
    public Optional<Standing> standingOf(Sitting sitting, UUID membershipId) {
        return standing(sitting, STANDING_OF_MEMBERSHIP, membershipId);
    }

    private Optional<Standing> standing(Sitting sitting, String statement, UUID key) {
        Date day = Date.valueOf(LocalDate.ofInstant(sitting.startsAt(), VIETNAM));
        Object[] mandate = {sitting.organisationId(), Role.DELEGATE.name(), day, day};
        List<Object> params = new ArrayList<>();
        params.add(sitting.id());
        params.addAll(List.of(mandate));
        params.addAll(List.of(mandate));
        params.add(sitting.id());
        params.addAll(List.of(mandate));
        params.add(key);
        return jdbc.sql(statement)
                .params(params)
                .query((rs, row) -> {
                    Attendance.Delegate delegate = delegate(rs, row);
                    Attendance.Record latest = rs.getString(8) == null ? null
                            : new Attendance.Record(delegate.membershipId(), AttendanceStatus.valueOf(rs.getString(8)),
                                    rs.getString(9), rs.getTimestamp(10).toInstant());
                    return new Standing(delegate, latest, rs.getInt(11), rs.getInt(12),
                            new QuorumRule(rs.getInt(13), rs.getInt(14)));
                })
                .optional();
    }

    private static Attendance.Delegate delegate(ResultSet rs, int row) throws SQLException {
        return new Attendance.Delegate(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getObject(6, UUID.class),
                rs.getString(7));
    }

    /** The latest record of each delegate: read at every check-in, so the history is not read whole. */
    private List<Attendance.Record> latest(UUID sittingId) {
        return jdbc.sql("""
                        select distinct on (membership_id) membership_id, status, reason, at from attendance
                        where sitting_id = ? order by membership_id, at desc, id desc""")
                .param(sittingId)
                .query((rs, row) -> new Attendance.Record(rs.getObject(1, UUID.class),
                        AttendanceStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    public void record(UUID sittingId, Attendance.Delegate delegate, AttendanceStatus status, @Nullable String reason,
            UUID recordedBy, Instant at) {
        jdbc.sql("""
                        insert into attendance (id, sitting_id, membership_id, person_id, status, reason, recorded_by, at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), sittingId, delegate.membershipId(), delegate.personId(), status.name(), reason,
                        recordedBy, Timestamp.from(at))
                .update();
    }

    /** The history with the names kept on each line, for the minutes. */
    public List<AttendanceLine> historyLines(UUID sittingId) {
        return jdbc.sql("""
                        select a.membership_id, p.full_name, a.status, a.reason, a.at from attendance a
                        join persons p on p.id = a.person_id where a.sitting_id = ? order by a.at, a.id""")
                .param(sittingId)
                .query((rs, row) -> new AttendanceLine(rs.getObject(1, UUID.class), rs.getString(2),
                        AttendanceStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** A presence snapshot just stored, with the delegates it found present (in the order of their names). */
    public record Taken(PresenceSnapshot snapshot, List<Attendance.Delegate> present) {
    }

    /**
     * Stores who is present now, with the quorum line; called under the sitting's lock, so that no check-in slips
     * between the count and the names.
     */
    public Taken takeSnapshot(Sitting sitting, UUID takenBy, Instant at) {
        Attendance now = of(sitting);
        Quorum quorum = now.quorum();
        List<Attendance.Delegate> present = now.elected().stream().filter(d -> now.present(d.membershipId())).toList();
        PresenceSnapshot snapshot = new PresenceSnapshot(UUID.randomUUID(), at, quorum.present(), quorum.totalElected(),
                quorum.required(), quorum.quorate(), present.stream().map(Attendance.Delegate::membershipId).toList());
        saveSnapshot(sitting.id(), snapshot, takenBy);
        return new Taken(snapshot, present);
    }

    private void saveSnapshot(UUID sittingId, PresenceSnapshot snapshot, UUID takenBy) {
        jdbc.sql("""
                        insert into presence_snapshots (id, sitting_id, taken_by, taken_at, present, total_elected,
                            required, quorate, present_memberships)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(snapshot.id(), sittingId, takenBy, Timestamp.from(snapshot.takenAt()), snapshot.present(),
                        snapshot.totalElected(), snapshot.required(), snapshot.quorate(),
                        snapshot.presentMembershipIds().toArray(UUID[]::new))
                .update();
    }

    public List<PresenceSnapshot> snapshots(UUID sittingId) {
        return jdbc.sql(SNAPSHOT + " where sitting_id = ? order by taken_at, id").param(sittingId)
                .query(AttendanceStore::snapshot).list();
    }

    public Optional<PresenceSnapshot> snapshot(UUID id) {
        return jdbc.sql(SNAPSHOT + " where id = ?").param(id).query(AttendanceStore::snapshot).optional();
    }

    private static PresenceSnapshot snapshot(ResultSet rs, int row) throws SQLException {
        return new PresenceSnapshot(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getInt(3),
                rs.getInt(4), rs.getInt(5), rs.getBoolean(6), List.of((UUID[]) rs.getArray(7).getArray()));
    }

    /** The board's line for one delegate; the reason only for those who prepare and run the sitting. */
    public static AttendanceEntry entry(Attendance.Delegate delegate, Attendance.@Nullable Record latest,
            boolean withReason) {
        return new AttendanceEntry(delegate.membershipId(), delegate.fullName(), delegate.delegationName(),
                delegate.siteId(), delegate.siteName(), latest == null ? null : latest.status(),
                latest == null || !withReason ? null : latest.reason(), latest == null ? null : latest.at());
    }

    /** The whole board, in the order of the delegates' names. */
    public static List<AttendanceEntry> board(Attendance attendance, boolean withReasons) {
        return attendance.elected().stream()
                .map(d -> entry(d, attendance.latestOf(d.membershipId()).orElse(null), withReasons)).toList();
    }

    public static QuorumLine line(Quorum quorum) {
        return new QuorumLine(quorum.present(), quorum.totalElected(), quorum.required(), quorum.quorate());
    }

    private QuorumRule rule(UUID organisationId) {
        return jdbc.sql("select quorum_numerator, quorum_denominator from organisations where id = ?")
                .param(organisationId)
                .query((rs, row) -> new QuorumRule(rs.getInt(1), rs.getInt(2))).single();
    }
}
