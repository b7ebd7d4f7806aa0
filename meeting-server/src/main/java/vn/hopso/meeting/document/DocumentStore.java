package vn.hopso.meeting.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hopso.documents.domain.AccessClass;
import vn.hopso.documents.domain.ContentType;
import vn.hopso.documents.domain.Document;
import vn.hopso.documents.domain.FileName;
import vn.hopso.documents.domain.FoldedText;
import vn.hopso.documents.domain.Kind;
import vn.hopso.documents.domain.PageFacts;
import vn.hopso.documents.domain.SignatureCheck;
import vn.hopso.documents.domain.Version;
import vn.hopso.meeting.api.AgendaItemState;
import vn.hopso.meeting.api.ReadReceipt;
import vn.hopso.meeting.api.Role;

/** Documents, their versions, page texts, named readers and read receipts in PostgreSQL. */
@Component
class DocumentStore {

    private static final String SELECT = """
            select d.*, v.number, v.file_name, v.sha256, v.content_type, v.bytes, v.pages, v.searchable_text,
                   v.uploaded_at, v.uploaded_by,
                   coalesce((select array_agg(r.account_id) from document_readers r where r.document_id = d.id),
                            '{}') as readers,
                   (select json_agg(json_build_object('signer', s.signer, 'signedAt', s.signed_at,
                                                      'intact', s.intact, 'modified', s.modified_after_signing,
                                                      'trusted', s.trusted, 'problem', s.problem)
                                    order by s.position)
                      from document_signatures s where s.document_id = d.id and s.version = v.number) as signatures
              from documents d
              join document_versions v on v.document_id = d.id
                   and v.number = (select max(number) from document_versions where document_id = d.id)
            """;

    /**
     * The documents of one sitting ({@code ?}, given twice): its own, and those of the whole session it belongs to,
     * uploaded to any of the session's sittings.
     */
    private static final String OF_SITTING = """
            (d.sitting_id = ? or (d.whole_session and d.sitting_id in (
                select other.id from sittings other join sittings own on own.session_id = other.session_id
                 where own.id = ?)))""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DocumentStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The session the sitting belongs to. */
    UUID sessionOf(UUID sittingId) {
        return jdbc.sql("select session_id from sittings where id = ?").param(sittingId).query(UUID.class).single();
    }

    /** Whether the document's release is still to come at {@code at}, to be announced when it does. */
    private static boolean releasedLater(Document document, Instant at) {
        return document.withdrawnAt() == null && document.releaseAt() != null && document.releaseAt().isAfter(at);
    }

    /** The documents whose release, still to announce, has come by {@code now}: oldest first, at most {@code limit}. */
    List<Placed> releasedUnannounced(Instant now, int limit) {
        return jdbc.sql("select id, sitting_id, whole_session from documents where release_pending and release_at <= ? "
                        + "order by release_at, id limit ?")
                .params(Timestamp.from(now), limit)
                .query((rs, n) -> new Placed(rs.getObject("id", UUID.class), rs.getObject("sitting_id", UUID.class),
                        rs.getBoolean("whole_session")))
                .list();
    }

    /** Where a document stands: the sitting it was uploaded to, and whether it is one of the whole session. */
    record Placed(UUID documentId, UUID sittingId, boolean wholeSession) {
    }

    /** Its release has been announced in the sittings that list it. */
    void releaseAnnounced(UUID documentId) {
        jdbc.sql("update documents set release_pending = false where id = ?").param(documentId).update();
    }

    /** The sittings that list the document: its own, or each of its session's for a document of the whole session. */
    List<UUID> listing(UUID sittingId, boolean wholeSession) {
        if (!wholeSession) {
            return List.of(sittingId);
        }
        return jdbc.sql("select s.id from sittings s join sittings own on own.session_id = s.session_id "
                + "where own.id = ? order by s.starts_at, s.id").param(sittingId).query(UUID.class).list();
    }

    /** After the last of the item's documents, of the sitting's own, or of the session's (whole session). */
    int nextPosition(UUID sittingId, @Nullable UUID agendaItemId, boolean wholeSession) {
        if (wholeSession) {
            return jdbc.sql("select coalesce(max(d.position), 0) + 1 from documents d where d.whole_session and "
                    + OF_SITTING).params(sittingId, sittingId).query(Integer.class).single();
        }
        return jdbc.sql("select coalesce(max(position), 0) + 1 from documents where sitting_id = ? "
                        + "and not whole_session and agenda_item_id is not distinct from ?")
                .params(sittingId, agendaItemId).query(Integer.class).single();
    }

    boolean itemOfSitting(UUID agendaItemId, UUID sittingId) {
        return jdbc.sql("select count(*) from agenda_items where id = ? and sitting_id = ?")
                .params(agendaItemId, sittingId).query(Integer.class).single() == 1;
    }

    /** The accounts among {@code accountIds} that hold a role in the organisation. */
    Set<UUID> membersAmong(UUID organisationId, Set<UUID> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select distinct a.id from accounts a join memberships m on m.person_id = a.person_id "
                        + "where m.organisation_id = ? and a.id = any(?)")
                .params(organisationId, accountIds.toArray(UUID[]::new)).query(UUID.class).list());
    }

    /** The roles each of these accounts holds in the organisation; an account holding none is left out. */
    Map<UUID, Set<Role>> rolesOf(UUID organisationId, Set<UUID> accountIds) {
        Map<UUID, Set<Role>> roles = new HashMap<>();
        if (accountIds.isEmpty()) {
            return roles;
        }
        jdbc.sql("select a.id, m.role from accounts a join memberships m on m.person_id = a.person_id "
                        + "where m.organisation_id = ? and a.id = any(?)")
                .params(organisationId, accountIds.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), Role.valueOf(rs.getString(2))))
                .list().forEach(held -> roles.computeIfAbsent(held.getKey(), id -> new HashSet<>()).add(held.getValue()));
        return roles;
    }

    void create(UUID organisationId, Document document, Version version, List<PageFacts> pages,
            List<SignatureCheck> signatures, Instant at) {
        jdbc.sql("""
                insert into documents (id, organisation_id, sitting_id, agenda_item_id, whole_session, kind, position,
                                       title, access, release_at, download_allowed, print_allowed, withdrawn_at,
                                       created_at, created_by, release_pending)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(document.id(), organisationId, document.sittingId(), document.agendaItemId(),
                        document.wholeSession(), document.kind().name(), document.position(), document.title(), document.access().name(),
                        timestamp(document.releaseAt()), document.downloadAllowed(), document.printAllowed(),
                        timestamp(document.withdrawnAt()), Timestamp.from(at), version.uploadedBy(),
                        releasedLater(document, at))
                .update();
        addVersion(version, pages, signatures);
    }

    /** A version of a document (its first, or a new current one) and its page texts; earlier ones stay. */
    void addVersion(Version version, List<PageFacts> pages, List<SignatureCheck> signatures) {
        jdbc.sql("""
                insert into document_versions (document_id, number, file_name, sha256, content_type, bytes, pages,
                                               searchable_text, uploaded_at, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(version.documentId(), version.number(), version.fileName().value(), version.sha256(),
                        version.type().name(), version.bytes(), version.pages(), version.searchableText(),
                        Timestamp.from(version.uploadedAt()), version.uploadedBy())
                .update();
        for (PageFacts page : pages) {
            // PostgreSQL text cannot hold NUL, which extracted text sometimes has
            String text = page.text().replace('\0', ' ');
            jdbc.sql("insert into document_pages (document_id, version, page, width, height, text, folded) "
                            + "values (?, ?, ?, ?, ?, ?, ?)")
                    .params(version.documentId(), version.number(), page.number(), page.width(), page.height(), text,
                            FoldedText.fold(text))
                    .update();
        }
        for (int position = 1; position <= signatures.size(); position++) {
            SignatureCheck check = signatures.get(position - 1);
            jdbc.sql("""
                    insert into document_signatures (document_id, version, position, signer, signed_at, intact,
                                                     modified_after_signing, trusted, problem)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(version.documentId(), version.number(), position, check.signer().replace('\0', ' '),
                            timestamp(check.signedAt()), check.intact(), check.modifiedAfterSigning(), check.trusted(),
                            check.problem())
                    .update();
        }
    }

    /** Changes what the secretariat sets, at {@code at}; the versions stay. */
    void update(Document document, Instant at) {
        jdbc.sql("""
                update documents set agenda_item_id = ?, kind = ?, position = ?, title = ?, access = ?, release_at = ?,
                       download_allowed = ?, print_allowed = ?, withdrawn_at = ?, release_pending = ?
                 where id = ?""")
                .params(document.agendaItemId(), document.kind().name(), document.position(), document.title(),
                        document.access().name(), timestamp(document.releaseAt()), document.downloadAllowed(),
                        document.printAllowed(), timestamp(document.withdrawnAt()), releasedLater(document, at),
                        document.id())
                .update();
        jdbc.sql("delete from document_readers where document_id = ?").param(document.id()).update();
        for (UUID reader : document.namedReaders()) {
            jdbc.sql("insert into document_readers (document_id, account_id) values (?, ?)")
                    .params(document.id(), reader).update();
        }
    }

    Optional<StoredDocument> find(UUID id) {
        return jdbc.sql(SELECT + " where d.id = ?").param(id).query(this::row).optional();
    }

    /**
     * The document, if it is one of that sitting's (its own, or one of its session's): a command of one sitting never
     * reaches another's documents.
     */
    Optional<StoredDocument> findInSitting(UUID id, UUID sittingId) {
        return jdbc.sql(SELECT + " where d.id = ? and " + OF_SITTING).params(id, sittingId, sittingId)
                .query(this::row).optional();
    }

    /** The session's documents first, then the sitting's own, then those of each item, each in their order. */
    List<StoredDocument> ofSitting(UUID sittingId) {
        return jdbc.sql(SELECT + " where " + OF_SITTING
                        + " order by d.whole_session desc, d.agenda_item_id nulls first, d.position, d.created_at")
                .params(sittingId, sittingId).query(this::row).list();
    }

    /**
     * Counts one more opening of the version by the account, remembering the furthest page seen; a first opening, or
     * a page further than before, is marked to be told to the staff ({@link ReadingNews}).
     */
    void recordRead(UUID documentId, int version, UUID accountId, int page, Instant at) {
        jdbc.sql("""
                insert into document_reads (document_id, version, account_id, first_opened_at, last_opened_at, opens,
                                            furthest_page, told)
                values (?, ?, ?, ?, ?, 1, ?, false)
                on conflict (document_id, version, account_id) do update
                   set last_opened_at = excluded.last_opened_at, opens = document_reads.opens + 1,
                       furthest_page = greatest(document_reads.furthest_page, excluded.furthest_page),
                       told = document_reads.told and excluded.furthest_page <= document_reads.furthest_page""")
                .params(documentId, version, accountId, Timestamp.from(at), Timestamp.from(at), page)
                .update();
    }

    /**
     * Marks told, in the caller's transaction, up to {@code limit} readings not yet told (rows another node is
     * telling are skipped), and answers where their documents stand, each once.
     */
    List<Placed> tellReadings(int limit) {
        return jdbc.sql("""
                        with told as (
                            update document_reads r set told = true
                             where (r.document_id, r.version, r.account_id) in (
                                   select document_id, version, account_id from document_reads where not told
                                    limit ? for update skip locked)
                            returning r.document_id)
                        select d.id, d.sitting_id, d.whole_session from documents d
                         where d.id in (select document_id from told) order by d.id""")
                .param(limit)
                .query((rs, n) -> new Placed(rs.getObject("id", UUID.class), rs.getObject("sitting_id", UUID.class),
                        rs.getBoolean("whole_session")))
                .list();
    }

    /** For each document of the sitting the account has opened, the newest version of it they opened. */
    Map<UUID, Integer> lastRead(UUID sittingId, UUID accountId) {
        Map<UUID, Integer> read = new HashMap<>();
        jdbc.sql("""
                select r.document_id, max(r.version) as version from document_reads r
                  join documents d on d.id = r.document_id
                 where r.account_id = ? and """ + OF_SITTING + " group by r.document_id")
                .params(accountId, sittingId, sittingId)
                .query((rs, n) -> read.put(rs.getObject("document_id", UUID.class), rs.getInt("version")))
                .list();
        return read;
    }

    /**
     * Locks the document against another new version at the same time, until the transaction ends, and tells the
     * number the next version takes.
     */
    int lockForNewVersion(UUID documentId) {
        jdbc.sql("select id from documents where id = ? for update").param(documentId).query(UUID.class).single();
        return jdbc.sql("select max(number) + 1 from document_versions where document_id = ?").param(documentId)
                .query(Integer.class).single();
    }

    /** The text of every page of a version, in page order; empty when the document has no such version. */
    List<String> pageTexts(UUID documentId, int version) {
        return jdbc.sql("select text from document_pages where document_id = ? and version = ? order by page")
                .params(documentId, version).query(String.class).list();
    }

    /** The content digest of a version of the document, if it has that version. */
    Optional<String> digestOf(UUID documentId, int version) {
        return jdbc.sql("select sha256 from document_versions where document_id = ? and number = ?")
                .params(documentId, version).query(String.class).optional();
    }

    /** For each document of the sitting, the accounts that have opened its current version. */
    Map<UUID, Set<UUID>> openersOfCurrent(UUID sittingId) {
        Map<UUID, Set<UUID>> openers = new HashMap<>();
        jdbc.sql("""
                select r.document_id, r.account_id from document_reads r join documents d on d.id = r.document_id
                 where r.version = (select max(number) from document_versions where document_id = r.document_id)
                   and """ + OF_SITTING)
                .params(sittingId, sittingId)
                .query((rs, n) -> openers.computeIfAbsent(rs.getObject("document_id", UUID.class), id -> new HashSet<>())
                        .add(rs.getObject("account_id", UUID.class)))
                .list();
        return openers;
    }

    /** The sitting's agenda items not yet published: only staff see them and their documents. */
    Set<UUID> draftItems(UUID sittingId) {
        return new HashSet<>(jdbc.sql("select id from agenda_items where sitting_id = ? and state = ?")
                .params(sittingId, AgendaItemState.DRAFT.name()).query(UUID.class).list());
    }

    List<ReadReceipt> receipts(UUID documentId) {
        return jdbc.sql("""
                select r.*, p.full_name from document_reads r
                  join accounts a on a.id = r.account_id join persons p on p.id = a.person_id
                 where r.document_id = ? order by r.version desc, p.full_name""")
                .param(documentId)
                .query((rs, n) -> new ReadReceipt(rs.getObject("account_id", UUID.class), rs.getString("full_name"),
                        rs.getInt("version"), rs.getTimestamp("first_opened_at").toInstant(),
                        rs.getTimestamp("last_opened_at").toInstant(), rs.getInt("opens"), rs.getInt("furthest_page")))
                .list();
    }

    /** A page whose folded text contains the query, and how many pages match in all. */
    record PageMatch(UUID documentId, int page, String text, int total) {
    }

    /**
     * The pages of the given versions whose folded text contains {@code foldedQuery}, in the order the versions are
     * given and then by page. Only these versions' pages are read (by their primary key), so no index over all pages
     * of all councils is needed.
     */
    List<PageMatch> matching(List<Version> versions, String foldedQuery, int offset, int limit) {
        if (versions.isEmpty()) {
            return List.of();
        }
        // The matching pages are found and counted first, their text read only for the ones returned.
        return jdbc.sql("""
                with hits as (
                    select p.document_id, p.version, p.page, v.shelf, count(*) over () as total
                      from unnest(?::uuid[], ?::int[]) with ordinality as v (document_id, version, shelf)
                      join document_pages p on p.document_id = v.document_id and p.version = v.version
                     where strpos(p.folded, ?) > 0
                     order by v.shelf, p.page
                     limit ? offset ?)
                select h.document_id, h.page, p.text, h.total
                  from hits h
                  join document_pages p on p.document_id = h.document_id and p.version = h.version and p.page = h.page
                 order by h.shelf, h.page""")
                .params(versions.stream().map(Version::documentId).toArray(UUID[]::new),
                        versions.stream().map(Version::number).toArray(Integer[]::new), foldedQuery, limit, offset)
                .query((rs, n) -> new PageMatch(rs.getObject("document_id", UUID.class), rs.getInt("page"),
                        rs.getString("text"), rs.getInt("total")))
                .list();
    }

    private StoredDocument row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Set<UUID> readers = Set.of((UUID[]) rs.getArray("readers").getArray());
        AccessClass access = AccessClass.valueOf(rs.getString("access"));
        Document document = new Document(id, rs.getObject("sitting_id", UUID.class),
                rs.getObject("agenda_item_id", UUID.class), rs.getBoolean("whole_session"),
                Kind.valueOf(rs.getString("kind")), rs.getInt("position"),
                rs.getString("title"), access, access == AccessClass.CONFIDENTIAL ? readers : Set.of(),
                instant(rs.getTimestamp("release_at")), rs.getBoolean("download_allowed"),
                rs.getBoolean("print_allowed"), instant(rs.getTimestamp("withdrawn_at")));
        Version version = new Version(id, rs.getInt("number"), new FileName(rs.getString("file_name")),
                rs.getString("sha256"), ContentType.valueOf(rs.getString("content_type")), rs.getLong("bytes"),
                rs.getInt("pages"), rs.getBoolean("searchable_text"), rs.getTimestamp("uploaded_at").toInstant(),
                rs.getObject("uploaded_by", UUID.class));
        return new StoredDocument(rs.getObject("organisation_id", UUID.class), document, version,
                signatures(rs.getString("signatures")));
    }

    private List<SignatureCheck> signatures(@Nullable String agreed) {
        if (agreed == null) {
            return List.of();
        }
        List<SignatureCheck> checks = new ArrayList<>();
        for (JsonNode node : json.readTree(agreed)) {
            checks.add(new SignatureCheck(node.get("signer").asString(),
                    node.get("signedAt").isNull() ? null : OffsetDateTime.parse(node.get("signedAt").asString()).toInstant(),
                    node.get("intact").asBoolean(), node.get("modified").asBoolean(), node.get("trusted").asBoolean(),
                    node.get("problem").isNull() ? null : node.get("problem").asString()));
        }
        return List.copyOf(checks);
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
