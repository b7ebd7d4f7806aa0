package vn.hopso.meeting.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.security.SecretariatDesk.body;
import static vn.hopso.meeting.security.SecretariatDesk.unique;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.ServerTest;

/**
 * Every REST call, made by every kind of caller: authorised by role <em>and</em> by organisation. Refused calls answer
 * 403 {@code forbidden} (401 {@code unauthenticated} without a login) and change nothing anywhere in the database. A
 * sitting or agenda item the caller may not see at all (another council's, a closed one for a guest, a draft for a
 * delegate) answers 404 {@code not_found}, exactly as one that does not exist.
 * Objects a call changes are made fresh for its row, so a wrongly accepted change cannot spill into other rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionMatrixTest extends ServerTest {

    /** One user per role of council A, council B's secretariat (forging A's ids), a system administrator, nobody. */
    enum Caller {
        ADMIN, SECRETARIAT, CHAIR, DELEGATE, SITE_OPERATOR, GUEST, OBSERVER, BALLOT_COMMITTEE,
        SECRETARIAT_OF_B, SYSTEM_ADMIN, ANONYMOUS
    }

    /**
     * The expected answer of each call, written out by hand from {@code access/Permission.java} and docs/PROTOCOL.md
     * (not computed from them, so a wrong rule in the code fails here). Columns follow {@link Caller}; placeholders
     * stand for objects of council A, {@code {closed-sitting}} for a closed sitting (họp kín).
     */
    private static final String MATRIX = """
            call                                          ADM SEC CHR DEL OPR GST OBS BAL  B-SEC SYS ANON
            GET    /api/auth/csrf                         200 200 200 200 200 200 200 200  200   200 200
            GET    /api/me                                200 200 200 200 200 200 200 200  200   200 401
            GET    /api/levels                            200 200 200 200 200 200 200 200  200   200 401
            GET    /api/media/ice-servers                 200 200 200 200 200 200 200 200  200   200 401
            GET    /api/organisations                     200 200 200 200 200 200 200 200  200   200 401
            POST   /api/organisations                     403 403 403 403 403 403 403 403  403   201 401
            GET    /api/organisations/{organisation}      200 200 200 200 200 200 200 200  403   200 401
            PUT    /api/organisations/{organisation}      200 403 403 403 403 403 403 403  403   200 401
            GET    /api/organisations/{organisation}/members      200 200 200 200 200 200 200 200  403   200 401
            POST   /api/organisations/{organisation}/members      201 201 403 403 403 403 403 403  403   201 401
            PUT    /api/members/{member}                  200 200 403 403 403 403 403 403  403   200 401
            DELETE /api/members/{member}                  204 204 403 403 403 403 403 403  403   204 401
            POST   /api/members/{member}/require-password-change  204 403 403 403 403 403 403 403  403   204 401
            POST   /api/members/{member}/login-unlock     204 204 403 403 403 403 403 403  403   204 401
            GET    /api/organisations/{organisation}/delegations  200 200 200 200 200 200 200 200  403   200 401
            POST   /api/organisations/{organisation}/delegations  201 201 403 403 403 403 403 403  403   201 401
            GET    /api/organisations/{organisation}/sites        200 200 200 200 200 200 200 200  403   200 401
            POST   /api/organisations/{organisation}/sites        201 201 403 403 403 403 403 403  403   201 401
            PUT    /api/sites/{site}                      200 200 403 403 403 403 403 403  403   200 401
            GET    /api/organisations/{organisation}/sessions     200 200 200 200 200 200 200 200  403   200 401
            POST   /api/organisations/{organisation}/sessions     201 201 403 403 403 403 403 403  403   201 401
            GET    /api/sessions/{session}                200 200 200 200 200 200 200 200  403   200 401
            PUT    /api/sessions/{session}                200 200 403 403 403 403 403 403  403   200 401
            GET    /api/sessions/{session}/sittings       200 200 200 200 200 200 200 200  403   200 401
            POST   /api/sessions/{session}/sittings       201 201 403 403 403 403 403 403  403   201 401
            GET    /api/sittings/{sitting}                200 200 200 200 200 200 200 200  404   200 401
            GET    /api/sittings/{closed-sitting}         200 200 200 200 404 404 404 200  404   200 401
            PUT    /api/sittings/{sitting}                200 200 403 403 403 403 403 403  404   200 401
            GET    /api/sittings/{sitting}/view           200 200 200 200 200 200 200 200  404   200 401
            GET    /api/sittings/{closed-sitting}/view    200 200 200 200 404 404 404 200  404   200 401
            GET    /api/sittings/{sitting}/presence       200 200 200 403 403 403 403 403  404   200 401
            POST   /api/sittings/{sitting}/attendance/snapshots   201 201 403 403 403 403 403 403  404   201 401
            GET    /api/sittings/{sitting}/record         200 200 403 403 403 403 403 403  404   200 401
            GET    /api/sittings/{sitting}/ballots/verification   200 200 200 200 200 200 200 200  404   200 401
            POST   /api/sittings/{sitting}/agenda         201 201 403 403 403 403 403 403  404   201 401
            PUT    /api/agenda-items/{item}               200 200 403 404 404 404 404 404  404   200 401
            DELETE /api/agenda-items/{item}               204 204 403 404 404 404 404 404  404   204 401
            POST   /api/agenda-items/{item}/publish       200 200 403 404 404 404 404 404  404   200 401
            POST   /api/sittings/{sitting}/agenda/publish 200 200 403 403 403 403 403 403  404   200 401
            PUT    /api/sittings/{sitting}/agenda/order   200 200 403 403 403 403 403 403  404   200 401
            GET    /api/audit?organisationId={organisation}       200 200 403 403 403 403 403 403  403   200 401
            """;

    /** Calls of the protocol that have their own tests instead of a row: they start or end a login, or set one up. */
    private static final Set<String> COVERED_BY_OWN_TESTS = Set.of("POST /api/auth/login", "POST /api/auth/logout",
            "POST /api/setup", "PUT /api/me/password",
            // The document room's calls need object storage, which this shared server has none of: DocumentRoomSystemTest
            // makes them, by role and council, against a real S3 endpoint; DocumentSearchSystemTest searches them.
            "GET /api/documents/{}", "GET /api/documents/{}/file", "GET /api/documents/{}/pages/{}",
            "GET /api/documents/{}/pages/{}/pdf", "GET /api/documents/{}/reads", "GET /api/sittings/{}/documents", "POST /api/documents/{}/withdrawal",
            "POST /api/sittings/{}/documents", "PUT /api/documents/{}", "GET /api/sessions/{}/documents/search",
            "GET /api/sittings/{}/documents/unopened", "GET /api/sittings/{}/documents/offline",
            "GET /api/documents/{}/search",
            // A new version and what changed since one: DocumentVersionSystemTest, by role and council.
            "POST /api/documents/{}/versions", "GET /api/documents/{}/changes",
            // Comments (góp ý) on documents need documents, so object storage too: DocumentCommentSystemTest makes
            // every one of these calls by role and council.
            "GET /api/documents/{}/pages/{}/text", "POST /api/documents/{}/comments", "GET /api/documents/{}/comments",
            "PUT /api/comments/{}/answer", "GET /api/documents/{}/comments/report.pdf",
            // Private annotations are on documents too: DocumentAnnotationSystemTest makes these calls by role and
            // council, and as someone else than the annotation's author.
            "GET /api/documents/{}/annotations", "POST /api/documents/{}/annotations", "PUT /api/annotations/{}",
            "DELETE /api/annotations/{}", "GET /api/documents/{}/annotated.pdf",
            // A ballot's result files need a counted ballot (a sitting in progress, delegates checked in, the chair's
            // commands): BallotResultFilesSystemTest makes them by role and council.
            "GET /api/ballots/{}/result-sheet.pdf", "GET /api/ballots/{}/results.csv");

    record Row(String call, Caller caller, int expected) {
        @Override
        public String toString() {
            return call + " as " + caller + " → " + expected;
        }
    }

    record Request(String method, String path, Object body) {
        ApiClient.Response sendWith(ApiClient client) {
            return switch (method) {
                case "GET" -> client.get(path);
                case "POST" -> client.post(path, body);
                case "PUT" -> client.put(path, body);
                case "DELETE" -> client.delete(path);
                default -> throw new IllegalArgumentException(method);
            };
        }
    }

    private TwoCouncils councils;
    private SecretariatDesk deskOfA;
    private DatabaseFingerprint fingerprint;
    private ApiClient anonymous;
    private final Map<String, Supplier<Request>> calls = new HashMap<>();

    // Shared objects of council A, only ever read by the rows.
    private String session;
    private String sitting;
    private String closedSitting;
    private String delegationOfA;
    private String delegationOfB;
    private String siteOfB;

    @BeforeAll
    void buildTheCouncils() {
        councils = new TwoCouncils(fixtures(), port);
        deskOfA = councils.deskOfA();
        fingerprint = new DatabaseFingerprint(jdbc);
        anonymous = councils.anonymous();
        session = deskOfA.session();
        sitting = deskOfA.sitting(session, false);
        deskOfA.publishedItem(sitting, false);
        deskOfA.publishedItem(sitting, true);
        deskOfA.draftItem(sitting, false);
        closedSitting = deskOfA.sitting(session, true);
        deskOfA.publishedItem(closedSitting, false);
        delegationOfA = deskOfA.delegation();
        deskOfA.site();
        delegationOfB = councils.deskOfB().delegation();
        siteOfB = councils.deskOfB().site();
        defineCalls();
    }

    private void defineCalls() {
        String org = "/api/organisations/" + councils.a.id();
        read("GET /api/auth/csrf", "/api/auth/csrf");
        read("GET /api/me", "/api/me");
        read("GET /api/levels", "/api/levels");
        read("GET /api/media/ice-servers", "/api/media/ice-servers");
        read("GET /api/organisations", "/api/organisations");
        calls.put("POST /api/organisations", () -> new Request("POST", "/api/organisations", body(
                "name", "HĐND huyện Mới " + unique(), "kind", "COUNCIL", "level", "DISTRICT", "parentId", councils.a.id())));
        read("GET /api/organisations/{organisation}", org);
        calls.put("PUT /api/organisations/{organisation}", () -> new Request("PUT", org, body(
                "name", "HĐND tỉnh An Phú (sửa lần " + unique() + ")", "kind", "COUNCIL", "level", "PROVINCE",
                "parentId", null, "version", organisationVersion())));
        read("GET /api/organisations/{organisation}/members", org + "/members");
        calls.put("POST /api/organisations/{organisation}/members", () -> new Request("POST", org + "/members", body(
                "fullName", "Lê Văn " + unique(), "title", "Đại biểu", "username", "moi-" + unique(),
                "password", "mat-khau-moi-2026", "role", "DELEGATE", "delegationId", delegationOfA)));
        calls.put("PUT /api/members/{member}", () -> {
            JsonNode member = deskOfA.member(Role.DELEGATE);
            return new Request("PUT", "/api/members/" + member.get("membershipId").asString(), body(
                    "fullName", "Tên đã sửa " + unique(), "title", "Tổ trưởng", "username", member.get("username").asString(),
                    "password", null, "role", "CHAIR", "delegationId", delegationOfA, "version", 0));
        });
        calls.put("DELETE /api/members/{member}", () -> new Request("DELETE",
                "/api/members/" + deskOfA.member(Role.DELEGATE).get("membershipId").asString(), null));
        calls.put("POST /api/members/{member}/login-unlock", () -> new Request("POST", "/api/members/"
                + deskOfA.member(Role.DELEGATE).get("membershipId").asString() + "/login-unlock", Map.of()));
        calls.put("POST /api/members/{member}/require-password-change", () -> new Request("POST", "/api/members/"
                + deskOfA.member(Role.DELEGATE).get("membershipId").asString() + "/require-password-change", Map.of()));
        read("GET /api/organisations/{organisation}/delegations", org + "/delegations");
        calls.put("POST /api/organisations/{organisation}/delegations", () -> new Request("POST", org + "/delegations",
                body("name", "Tổ mới " + unique())));
        read("GET /api/organisations/{organisation}/sites", org + "/sites");
        calls.put("POST /api/organisations/{organisation}/sites", () -> new Request("POST", org + "/sites", body(
                "name", "Điểm cầu mới " + unique(), "level", "COMMUNE", "parentId", null, "kind", "HALL",
                "operatorMembershipId", councils.ofA.get(Role.SITE_OPERATOR).membershipId())));
        calls.put("PUT /api/sites/{site}", () -> new Request("PUT", "/api/sites/" + deskOfA.site(), body(
                "name", "Điểm cầu đổi tên " + unique(), "level", "PROVINCE", "parentId", null, "kind", "HALL",
                "operatorMembershipId", councils.ofA.get(Role.SITE_OPERATOR).membershipId(), "version", 0)));
        read("GET /api/organisations/{organisation}/sessions", org + "/sessions");
        calls.put("POST /api/organisations/{organisation}/sessions", () -> new Request("POST", org + "/sessions", sessionForm()));
        read("GET /api/sessions/{session}", "/api/sessions/" + session);
        calls.put("PUT /api/sessions/{session}", () -> new Request("PUT", "/api/sessions/" + deskOfA.session(), sessionForm()));
        read("GET /api/sessions/{session}/sittings", "/api/sessions/" + session + "/sittings");
        calls.put("POST /api/sessions/{session}/sittings", () -> new Request("POST",
                "/api/sessions/" + session + "/sittings", sittingForm()));
        read("GET /api/sittings/{sitting}", "/api/sittings/" + sitting);
        read("GET /api/sittings/{closed-sitting}", "/api/sittings/" + closedSitting);
        calls.put("PUT /api/sittings/{sitting}", () -> new Request("PUT",
                "/api/sittings/" + deskOfA.sitting(session, false), sittingForm()));
        read("GET /api/sittings/{sitting}/view", "/api/sittings/" + sitting + "/view");
        read("GET /api/sittings/{closed-sitting}/view", "/api/sittings/" + closedSitting + "/view");
        read("GET /api/sittings/{sitting}/presence", "/api/sittings/" + sitting + "/presence");
        calls.put("POST /api/sittings/{sitting}/attendance/snapshots", () -> new Request("POST",
                "/api/sittings/" + sitting + "/attendance/snapshots", Map.of()));
        read("GET /api/sittings/{sitting}/record", "/api/sittings/" + sitting + "/record");
        read("GET /api/sittings/{sitting}/ballots/verification", "/api/sittings/" + sitting + "/ballots/verification");
        calls.put("POST /api/sittings/{sitting}/agenda", () -> new Request("POST",
                "/api/sittings/" + deskOfA.sitting(session, false) + "/agenda", itemForm()));
        calls.put("PUT /api/agenda-items/{item}", () -> new Request("PUT",
                "/api/agenda-items/" + deskOfA.draftItem(deskOfA.sitting(session, false), false), itemForm()));
        calls.put("DELETE /api/agenda-items/{item}", () -> new Request("DELETE",
                "/api/agenda-items/" + deskOfA.draftItem(deskOfA.sitting(session, false), false), null));
        calls.put("POST /api/agenda-items/{item}/publish", () -> new Request("POST",
                "/api/agenda-items/" + deskOfA.draftItem(deskOfA.sitting(session, false), false) + "/publish", Map.of()));
        calls.put("POST /api/sittings/{sitting}/agenda/publish", () -> {
            String fresh = deskOfA.sitting(session, false);
            deskOfA.draftItem(fresh, false);
            return new Request("POST", "/api/sittings/" + fresh + "/agenda/publish", Map.of());
        });
        calls.put("PUT /api/sittings/{sitting}/agenda/order", () -> {
            String fresh = deskOfA.sitting(session, false);
            String first = deskOfA.publishedItem(fresh, false);
            String second = deskOfA.publishedItem(fresh, false);
            return new Request("PUT", "/api/sittings/" + fresh + "/agenda/order", body("itemIds", List.of(second, first)));
        });
        read("GET /api/audit?organisationId={organisation}", "/api/audit?organisationId=" + councils.a.id());
    }

    private void read(String call, String path) {
        calls.put(call, () -> new Request("GET", path, null));
    }

    Stream<Row> rows() {
        return matrix().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyCallIsAuthorisedByRoleAndOrganisation(Row row) {
        Request request = calls.get(row.call()).get();
        Map<String, String> before = fingerprint.take();

        ApiClient.Response response = request.sendWith(client(row.caller()));

        assertThat(response.status()).as(response.raw()).isEqualTo(row.expected());
        if (row.expected() == 401) {
            assertThat(response.body().path("code").asString()).isEqualTo("unauthenticated");
        }
        if (row.expected() == 404) {
            assertThat(response.body().path("code").asString()).isEqualTo("not_found");
        }
        if (row.expected() == 403) {
            assertThat(response.body().path("code").asString()).isEqualTo("forbidden");
            assertThat(response.body().path("message").asString()).isEqualTo("Bạn không có quyền thực hiện thao tác này.");
        }
        boolean changeAllowed = row.expected() / 100 == 2 && !request.method().equals("GET");
        if (!changeAllowed) {
            assertThat(fingerprint.changedSince(before)).as("tables changed by %s", row).isEmpty();
        }
    }

    @Test
    void theMatrixHasOneCallerPerColumnAndADefinitionPerCall() {
        assertThat(matrix()).hasSize(calls.size() * Caller.values().length);
        assertThat(matrix().stream().map(Row::call)).allMatch(calls::containsKey);
    }

    @Test
    void theMatrixCoversEveryRestCallOfTheProtocol() throws IOException {
        Pattern documentedCall = Pattern.compile("^\\| `([A-Z/]+) (/api/[^`]+)`");
        Set<String> documented = new TreeSet<>();
        for (String line : Files.readAllLines(protocolDocument())) {
            Matcher match = documentedCall.matcher(line);
            if (match.find()) {
                for (String method : match.group(1).split("/")) {
                    documented.add(normalised(method + " " + match.group(2)));
                }
            }
        }
        assertThat(documented).hasSizeGreaterThan(25);
        assertThat(matrixCallsPlusExceptions()).isEqualTo(documented);
    }

    @Test
    void theMatrixCoversEveryOperationTheServerOffers() {
        JsonNode paths = anonymous.get("/v3/api-docs").body().get("paths");
        Set<String> offered = new TreeSet<>();
        for (var path : paths.properties()) {
            for (var operation : path.getValue().properties()) {
                offered.add(normalised(operation.getKey().toUpperCase() + " " + path.getKey()));
            }
        }
        Set<String> expected = matrixCallsPlusExceptions();
        expected.remove("POST /api/auth/logout"); // served by the security filter chain, not a controller
        assertThat(offered).isEqualTo(expected);
    }

    // ---- forged ids inside form bodies: council B's objects named in a change to council A

    Stream<Arguments> forgeries() {
        return Stream.of(
                forgery("a new member of A placed in a delegation of B", Role.SECRETARIAT, "delegationId",
                        () -> new Request("POST", "/api/organisations/" + councils.a.id() + "/members", memberForm(
                                "nguoi-gia-" + unique(), delegationOfB))),
                forgery("a member of A moved into a delegation of B", Role.SECRETARIAT, "delegationId", () -> {
                    JsonNode member = deskOfA.member(Role.DELEGATE);
                    return new Request("PUT", "/api/members/" + member.get("membershipId").asString(),
                            memberForm(member.get("username").asString(), delegationOfB));
                }),
                forgery("a member of A placed in a delegation that does not exist", Role.ADMIN, "delegationId",
                        () -> new Request("POST", "/api/organisations/" + councils.a.id() + "/members", memberForm(
                                "nguoi-gia-" + unique(), UUID.randomUUID().toString()))),
                forgery("a new site of A run by B's site operator", Role.SECRETARIAT, "operatorMembershipId",
                        () -> new Request("POST", "/api/organisations/" + councils.a.id() + "/sites",
                                siteForm(null, councils.operatorOfB.membershipId().toString()))),
                forgery("a new site of A under a site of B", Role.SECRETARIAT, "parentId",
                        () -> new Request("POST", "/api/organisations/" + councils.a.id() + "/sites",
                                siteForm(siteOfB, null))),
                forgery("a site of A handed to B's site operator", Role.SECRETARIAT, "operatorMembershipId",
                        () -> new Request("PUT", "/api/sites/" + deskOfA.site(),
                                siteForm(null, councils.operatorOfB.membershipId().toString()))),
                forgery("a site of A moved under a site of B", Role.ADMIN, "parentId",
                        () -> new Request("PUT", "/api/sites/" + deskOfA.site(), siteForm(siteOfB, null))),
                forgery("a site of A run by a delegate of A, who is no site operator", Role.SECRETARIAT,
                        "operatorMembershipId", () -> new Request("POST", "/api/organisations/" + councils.a.id() + "/sites",
                                siteForm(null, councils.ofA.get(Role.DELEGATE).membershipId().toString()))),
                forgery("council A made its own parent", Role.ADMIN, "parentId",
                        () -> new Request("PUT", "/api/organisations/" + councils.a.id(), body(
                                "name", "HĐND tỉnh An Phú", "kind", "COUNCIL", "level", "PROVINCE",
                                "parentId", councils.a.id(), "version", organisationVersion()))));
    }

    private static Arguments forgery(String name, Role caller, String field, Supplier<Request> request) {
        return Arguments.of(Named.of(name, request), caller, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgeries")
    void idsOfAnotherCouncilInAFormAreRefusedAsFieldErrorsAndChangeNothing(Supplier<Request> forged, Role caller,
            String field) {
        Request request = forged.get();
        Map<String, String> before = fingerprint.take();

        ApiClient.Response response = request.sendWith(councils.as(caller));

        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.body().get("code").asString()).isEqualTo("invalid");
        assertThat(response.body().get("fields").findValuesAsString("field")).containsExactly(field);
        assertThat(response.body().get("fields").get(0).get("message").asString()).isNotBlank();
        assertThat(fingerprint.changedSince(before)).as("tables changed").isEmpty();
    }

    @Test
    void anAgendaOrderNamingItemsOfAnotherCouncilIsRefusedAndChangesNothing() {
        String sittingOfA = deskOfA.sitting(session, false);
        String itemOfA = deskOfA.publishedItem(sittingOfA, false);
        SecretariatDesk deskOfB = councils.deskOfB();
        String itemOfB = deskOfB.publishedItem(deskOfB.sitting(deskOfB.session(), false), false);
        Map<String, String> before = fingerprint.take();

        for (List<String> order : List.of(List.of(itemOfB), List.of(itemOfA, itemOfB))) {
            var response = councils.as(Role.SECRETARIAT).put("/api/sittings/" + sittingOfA + "/agenda/order",
                    body("itemIds", order));
            assertThat(response.status()).as(response.raw()).isEqualTo(409);
            assertThat(response.body().get("code").asString()).isEqualTo("agenda_order_mismatch");
        }
        assertThat(fingerprint.changedSince(before)).as("tables changed").isEmpty();
    }

    // ---- what a permitted read shows

    @ParameterizedTest
    @EnumSource(Role.class)
    void userNamesInTheMemberListAreShownOnlyToThoseWhoManageMembers(Role role) {
        boolean shown = switch (role) {
            case ADMIN, SECRETARIAT -> true;
            case CHAIR, DELEGATE, SITE_OPERATOR, GUEST, OBSERVER, BALLOT_COMMITTEE -> false;
        };
        JsonNode members = councils.as(role).get("/api/organisations/" + councils.a.id() + "/members").body();

        assertThat(members.size()).isGreaterThanOrEqualTo(Role.values().length);
        assertThat(members.valueStream().map(m -> m.get("fullName").asString())).doesNotContainNull();
        assertThat(members.valueStream().allMatch(m -> m.path("username").isString())).isEqualTo(shown);
        assertThat(members.valueStream().noneMatch(m -> m.path("username").isString())).isEqualTo(!shown);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void closedSittingsAreListedOnlyForRolesEntitledToThem(Role role) {
        boolean listed = switch (role) {
            case ADMIN, SECRETARIAT, CHAIR, DELEGATE, BALLOT_COMMITTEE -> true;
            case SITE_OPERATOR, GUEST, OBSERVER -> false;
        };
        JsonNode list = councils.as(role).get("/api/sessions/" + session + "/sittings").body();

        assertThat(list.findValuesAsString("id")).contains(sitting);
        assertThat(list.findValuesAsString("id").contains(closedSitting)).isEqualTo(listed);
    }

    @Test
    void everyoneListsOnlyTheOrganisationsTheyBelongToExceptTheSystemAdministrator() {
        assertThat(councils.as(Role.GUEST).get("/api/organisations").body().findValuesAsString("id"))
                .containsExactly(councils.a.id().toString());
        assertThat(councils.as(councils.secretariatOfB).get("/api/organisations").body().findValuesAsString("id"))
                .containsExactly(councils.b.id().toString());
        assertThat(councils.as(councils.systemAdmin).get("/api/organisations").body().findValuesAsString("id"))
                .contains(councils.a.id().toString(), councils.b.id().toString());
    }

    // ---- helpers

    private ApiClient client(Caller caller) {
        return switch (caller) {
            case ADMIN, SECRETARIAT, CHAIR, DELEGATE, SITE_OPERATOR, GUEST, OBSERVER, BALLOT_COMMITTEE ->
                    councils.as(Role.valueOf(caller.name()));
            case SECRETARIAT_OF_B -> councils.as(councils.secretariatOfB);
            case SYSTEM_ADMIN -> councils.as(councils.systemAdmin);
            case ANONYMOUS -> anonymous;
        };
    }

    private static List<Row> matrix() {
        List<Row> rows = new ArrayList<>();
        List<String> lines = MATRIX.lines().filter(line -> !line.isBlank()).toList();
        if (lines.getFirst().trim().split("\\s+").length != 1 + Caller.values().length) {
            throw new IllegalStateException("the matrix header needs one column per caller");
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            if (cells.length != 2 + Caller.values().length) {
                throw new IllegalStateException("a matrix row needs one status per caller: " + line);
            }
            for (Caller caller : Caller.values()) {
                rows.add(new Row(cells[0] + " " + cells[1], caller, Integer.parseInt(cells[2 + caller.ordinal()])));
            }
        }
        return rows;
    }

    private static Set<String> matrixCallsPlusExceptions() {
        Set<String> calls = new TreeSet<>(COVERED_BY_OWN_TESTS);
        matrix().forEach(row -> calls.add(normalised(row.call())));
        return calls;
    }

    /** {@code PUT /api/sittings/{id}?x=} and {@code PUT /api/sittings/{closed-sitting}} are the same call. */
    private static String normalised(String call) {
        return call.replaceAll("\\?.*", "").replaceAll("\\{[^}]*}", "{}");
    }

    private static Path protocolDocument() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/PROTOCOL.md");
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/PROTOCOL.md not found above " + Path.of("").toAbsolutePath());
    }

    private static Map<String, Object> sessionForm() {
        return body("name", "Kỳ họp chuyên đề " + unique(), "number", 3, "startsOn", "2026-07-01", "endsOn", "2026-07-02",
                "version", 0);
    }

    private static Map<String, Object> sittingForm() {
        return body("title", "Phiên thảo luận " + unique(), "startsAt", "2026-07-01T01:00:00Z",
                "endsAt", "2026-07-01T04:00:00Z", "place", "Phòng họp số 2", "closed", true, "version", 0);
    }

    private static Map<String, Object> itemForm() {
        return body("title", "Nghị quyết số " + unique(), "description", "Dự thảo", "presenter", "Chánh Văn phòng",
                "estimatedMinutes", 15, "closed", false, "version", 0);
    }

    private static Map<String, Object> memberForm(String username, String delegationId) {
        return body("fullName", "Phạm Văn " + unique(), "title", null, "username", username,
                "password", "mat-khau-moi-2026", "role", "DELEGATE", "delegationId", delegationId,
                "version", 0);
    }

    private static Map<String, Object> siteForm(String parentId, String operatorMembershipId) {
        return body("name", "Điểm cầu giả " + unique(), "level", "COMMUNE", "parentId", parentId, "kind", "MEETING_ROOM",
                "operatorMembershipId", operatorMembershipId, "version", 0);
    }

    /** Council A is edited by call after call: each names the version it has now. */
    private long organisationVersion() {
        return jdbc.sql("select version from organisations where id = ?").param(councils.a.id()).query(Long.class)
                .single();
    }
}
