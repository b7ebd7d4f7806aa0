package vn.hopso.meeting.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.api.Delegation;
import vn.hopso.meeting.api.Member;
import vn.hopso.meeting.api.MemberForm;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.OrganisationForm;
import vn.hopso.meeting.api.OrganisationKind;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.api.Session;
import vn.hopso.meeting.api.SessionForm;
import vn.hopso.meeting.api.Site;
import vn.hopso.meeting.api.SiteForm;
import vn.hopso.meeting.api.SiteKind;
import vn.hopso.meeting.config.HopsoProperties;
import vn.hopso.meeting.embedded.EmbeddedDatabase;
import vn.hopso.meeting.organisation.OrganisationStore;
import vn.hopso.meeting.people.DelegationStore;
import vn.hopso.meeting.people.MemberStore;
import vn.hopso.meeting.site.SiteStore;
import vn.hopso.meeting.sitting.SessionStore;
import vn.hopso.meeting.sitting.SittingStore;
import vn.hopso.meeting.sitting.domain.Sitting;
import vn.hopso.meeting.sitting.domain.SittingCommand.ItemDetails;
import vn.hopso.meeting.sitting.domain.SittingCommand.SittingDetails;
import vn.hopso.voting.domain.BallotStore;
import vn.hopso.voting.domain.ChoiceLabels;
import vn.hopso.voting.domain.Motion;
import vn.hopso.voting.domain.Poll;

/**
 * Seeds an empty database with a provincial council, its people, sites and a session of two sittings (today and
 * tomorrow), so that a newcomer sees something real. Its logins, a system administrator among them, share a password
 * printed in README.md: by default ({@code hopso.demo=auto}) only the embedded PostgreSQL of the Run command is seeded,
 * an external database only with {@code hopso.demo=true}. Runs before the first-administrator setup, which then has
 * nothing to do. The papers of the opening sitting follow ({@link DemoShelf}), once the council is committed.
 */
@Component
@Order(0)
class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final HopsoProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final PasswordEncoder passwords;
    private final OrganisationStore organisations;
    private final MemberStore members;
    private final DelegationStore delegations;
    private final SiteStore sites;
    private final SessionStore sessions;
    private final SittingStore sittings;
    private final Clock clock;
    private final BallotStore ballots;
    private final DemoShelf shelf;
    private final boolean embeddedDatabase;

    DemoSeeder(HopsoProperties properties, JdbcClient jdbc, TransactionTemplate transactions, PasswordEncoder passwords,
            OrganisationStore organisations, MemberStore members, DelegationStore delegations, SiteStore sites,
            SessionStore sessions, SittingStore sittings, BallotStore ballots, DemoShelf shelf, Clock clock,
            ObjectProvider<EmbeddedDatabase> embedded) {
        this.ballots = ballots;
        this.shelf = shelf;
        this.properties = properties;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.passwords = passwords;
        this.organisations = organisations;
        this.members = members;
        this.delegations = delegations;
        this.sites = sites;
        this.sessions = sessions;
        this.sittings = sittings;
        this.clock = clock;
        this.embeddedDatabase = embedded.getIfAvailable() != null;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().seeds(embeddedDatabase)) {
            if (properties.demo() == HopsoProperties.Demo.AUTO) {
                log.info("No demo council: the database is an external one (hopso.demo=true would seed it)");
            }
            return;
        }
        if (jdbc.sql("select count(*) from organisations").query(Integer.class).single() > 0) {
            return;
        }
        DemoShelf.Places places = transactions.execute(status -> seed());
        log.info("Seeded the demo council '{}'", DemoCouncil.COUNCIL);
        shelf.stock(secretariat(places.councilId()), places);
    }

    /** The secretariat account, as the demo's papers are uploaded by it. */
    private Actor secretariat(UUID councilId) {
        UUID accountId = jdbc.sql("select id from accounts where username = :username")
                .param("username", DemoCouncil.SECRETARIAT).query(UUID.class).single();
        return new Actor(accountId, DemoCouncil.SECRETARIAT, DemoCouncil.SECRETARIAT_NAME, false,
                Map.of(councilId, Set.of(Role.SECRETARIAT)));
    }

    private DemoShelf.Places seed() {
        // One hash for every demo account: hashing 60 passwords would slow every fresh start by seconds.
        String hash = passwords.encode(DemoCouncil.PASSWORD);
        Organisation council = organisations.create(
                new OrganisationForm(DemoCouncil.COUNCIL, OrganisationKind.COUNCIL, "PROVINCE", null, null, null, null));
        person(council, "Quản trị hệ thống", "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "admin", Role.ADMIN, null, hash);
        jdbc.sql("update accounts set system_admin = true where username = 'admin'").update();

        Member operator = person(council, "Phạm Văn Tài", "Kỹ thuật điểm cầu xã Tân Lập", "kythuat", Role.SITE_OPERATOR,
                null, hash);
        Site hall = site(council, "Hội trường HĐND tỉnh", "PROVINCE", null, SiteKind.HALL, null);
        site(council, "Phòng họp trực tuyến UBND tỉnh", "PROVINCE", null, SiteKind.MEETING_ROOM, null);
        Site tanLap = site(council, "Điểm cầu xã Tân Lập", "COMMUNE", hall.id(), SiteKind.MEETING_ROOM,
                operator.membershipId());
        site(council, "Điểm cầu phường Bắc Sơn", "COMMUNE", hall.id(), SiteKind.MEETING_ROOM, null);
        site(council, "Điểm cầu xã Hòa Bình", "COMMUNE", hall.id(), SiteKind.MEETING_ROOM, null);

        List<Delegation> groups = DemoCouncil.DELEGATIONS.stream().map(name -> delegations.create(council.id(), name)).toList();
        List<String> names = DemoNames.generate(DemoCouncil.DELEGATES, 2026);
        Member chair = person(council, names.get(0), "Chủ tịch HĐND tỉnh", "chutoa", Role.CHAIR, null, hash);
        members.addRole(UUID.randomUUID(), council.id(), chair.personId(), Role.DELEGATE, groups.get(0).id());
        for (int i = 1; i < names.size(); i++) {
            // The last delegates attend at the commune site, where its operator checks them in.
            UUID site = i > names.size() - 1 - DemoCouncil.AT_SITE ? tanLap.id() : null;
            members.create(council.id(), new MemberForm(names.get(i), "Đại biểu HĐND tỉnh",
                    "daibieu%02d".formatted(i), null, Role.DELEGATE, groups.get(i % groups.size()).id(), null, null,
                    null, site), hash);
        }
        person(council, DemoCouncil.SECRETARIAT_NAME, "Chuyên viên Văn phòng HĐND tỉnh", DemoCouncil.SECRETARIAT,
                Role.SECRETARIAT, null, hash);
        person(council, "Màn hình hội trường", "Hội trường tầng 3", "hoitruong", Role.OBSERVER, null, hash);
        person(council, "Trần Quốc Bảo", "Phóng viên Báo Lam Sơn", "khachmoi", Role.GUEST, null, hash);

        LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
        Session session = sessions.create(council.id(),
                new SessionForm("Kỳ họp thứ năm, HĐND tỉnh khóa XI, nhiệm kỳ 2026–2031", 5, today, today.plusDays(1), null));
        Sitting first = sittings.create(session.id(), council.id(), new SittingDetails("Phiên khai mạc",
                today.atTime(LocalTime.of(8, 0)).atZone(VIETNAM).toInstant(),
                today.atTime(LocalTime.of(11, 30)).atZone(VIETNAM).toInstant(), "Hội trường HĐND tỉnh", false));
        Sitting second = sittings.create(session.id(), council.id(), new SittingDetails("Phiên chất vấn và bế mạc",
                today.plusDays(1).atTime(LocalTime.of(8, 0)).atZone(VIETNAM).toInstant(),
                today.plusDays(1).atTime(LocalTime.of(17, 0)).atZone(VIETNAM).toInstant(), "Hội trường HĐND tỉnh", false));
        List<UUID> opening = addAgenda(first, DemoCouncil.OPENING_SITTING, true);
        addAgenda(second, DemoCouncil.SECOND_SITTING, false);
        // A ballot prepared ahead, as the secretariat would: the chair opens it once the sitting is under way.
        UUID budget = opening.get(DemoCouncil.OPENING_SITTING.indexOf(DemoCouncil.BUDGET));
        ballots.create(Poll.draft(UUID.randomUUID(), first.id(), budget,
                "Thông qua Nghị quyết về dự toán ngân sách địa phương năm 2027", Motion.resolution(),
                ChoiceLabels.TAN_THANH, true, clock.instant(), null));
        UUID report = opening.get(DemoCouncil.OPENING_SITTING.indexOf(DemoCouncil.ECONOMY));
        return new DemoShelf.Places(council.id(), first.id(), report, budget);
    }

    private List<UUID> addAgenda(Sitting sitting, List<DemoCouncil.Item> items, boolean publish) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            DemoCouncil.Item item = items.get(i);
            UUID id = UUID.randomUUID();
            sittings.insertItem(id, sitting.id(), i + 1,
                    new ItemDetails(item.title(), item.description(), item.presenter(), item.minutes(), item.closed()),
                    false);
            ids.add(id);
        }
        if (publish) {
            ids.forEach(id -> sittings.publishItem(id, clock.instant()));
            sittings.markAgendaPublished(sitting.id(), clock.instant());
        }
        return ids;
    }

    private Member person(Organisation council, String fullName, String title, String username, Role role,
            UUID delegationId, String hash) {
        return members.create(council.id(),
                new MemberForm(fullName, title, username, null, role, delegationId, null, null, null, null), hash);
    }

    private Site site(Organisation council, String name, String level, @Nullable UUID parentId, SiteKind kind,
            @Nullable UUID operatorMembershipId) {
        return sites.create(council.id(), new SiteForm(name, level, parentId, kind, operatorMembershipId, null));
    }
}
