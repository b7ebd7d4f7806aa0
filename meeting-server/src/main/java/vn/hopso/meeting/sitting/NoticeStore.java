package vn.hopso.meeting.sitting;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.access.Viewer;
import vn.hopso.meeting.api.NoticeAudience;
import vn.hopso.meeting.api.SittingNotice;

/** The notices of sittings, each with the recipients it was sent to, so a snapshot shows a viewer exactly theirs. */
@Component
public class NoticeStore {

    /** A site of the organisation, and the account of its operator if it has one. */
    public record SiteOperator(UUID siteId, String siteName, Optional<UUID> operatorAccount) {
    }

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(UUID sittingId, SittingNotice notice, Recipients recipients, UUID sentBy) {
        jdbc.sql("""
                        insert into sitting_notices (id, sitting_id, audience, site_id, site_name, text, recipients, sent_by,
                            sent_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(notice.id(), sittingId, notice.audience().name(), notice.siteId(), notice.siteName(),
                        notice.text(), recipients.encode(), sentBy, Timestamp.from(notice.sentAt()))
                .update();
    }

    /** The sitting's notices this viewer was sent, oldest first. */
    public List<SittingNotice> seenBy(UUID sittingId, Viewer viewer) {
        record Row(SittingNotice notice, String recipients) {
        }
        return jdbc.sql("""
                        select id, audience, site_id, site_name, text, sent_at, recipients from sitting_notices
                        where sitting_id = ? order by sent_at, id""")
                .param(sittingId)
                .query((rs, n) -> new Row(new SittingNotice(rs.getObject(1, UUID.class),
                        NoticeAudience.valueOf(rs.getString(2)), rs.getObject(3, UUID.class), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()), rs.getString(7)))
                .list().stream()
                .filter(row -> Recipients.decode(row.recipients()).admits(viewer))
                .map(Row::notice).toList();
    }

    public Optional<SiteOperator> site(UUID siteId, UUID organisationId) {
        return jdbc.sql("""
                        select s.id, s.name, a.id from sites s
                        left join memberships m on m.id = s.operator_membership_id
                        left join accounts a on a.person_id = m.person_id
                        where s.id = ? and s.organisation_id = ?""")
                .params(siteId, organisationId)
                .query((rs, n) -> new SiteOperator(rs.getObject(1, UUID.class), rs.getString(2),
                        Optional.ofNullable(rs.getObject(3, UUID.class))))
                .optional();
    }
}
