package vn.hopso.meeting.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.security.SecretariatDesk.body;
import static vn.hopso.meeting.security.SecretariatDesk.unique;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.security.HostileValues.Value;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.TestS3;

/**
 * Bad input gets a 4xx with a reason, never a 500, and changes nothing. Every JSON endpoint the server offers (read
 * from its own OpenAPI document, so an endpoint added tomorrow is tried too) gets hostile bodies (empty, not JSON,
 * arrays, deep nesting, duplicate and unknown keys, invalid UTF-8, more than a megabyte, the wrong content type) and,
 * field by field, hostile values for that kind of field (control characters, unpaired surrogates, text that only looks
 * blank, 100 KB strings, wrong types, out-of-range numbers, dates and instants). Every id in a path or query gets
 * malformed and unknown values. Each answer must be a 4xx {@code ApiError} with a code and a message, and the database
 * must be as before. Changes are sent by a system administrator, who may make every one of them, so what refuses them
 * is the input rules and not a permission check; the login endpoint is tried before login.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest extends ServerTest {

    private static final String LOGIN = "/api/auth/login";
    private static final String SETUP = "/api/setup";
    private static final String PASSWORD = "/api/me/password";
    private static final String NEW_ADMIN_PASSWORD = "Đèo Hải Vân mây trắng 2026";
    private static final Pattern PATH_VARIABLE = Pattern.compile("/([a-z-]+)/\\{([A-Za-z]+)}");

    /** A request: its label, content type ({@code null} for none) and body bytes. */
    record Case(String label, String contentType, byte[] body) {
        static Case json(String label, String body) {
            return new Case(label, "application/json", body.getBytes(UTF_8));
        }
    }

    /** One operation of the OpenAPI document; {@code schema} names its JSON body, if it takes one. */
    record Endpoint(String method, String path, String schema, JsonNode operation) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private JsonNode openApi;
    private ApiClient admin;
    private ApiClient anonymous;
    private DatabaseFingerprint fingerprint;
    private TestUser loginUser;
    private final Map<String, String> targets = new LinkedHashMap<>();
    private final Map<String, Supplier<Map<String, Object>>> baselines = new LinkedHashMap<>();

    /** The document room's endpoints need their object storage to be reached at all. */
    private static final TestS3 S3 = TestS3.start();

    @DynamicPropertySource
    static void objectStorage(DynamicPropertyRegistry registry) {
        S3.serve(registry, "hopso-hostile");
    }

    @AfterAll
    void stopS3() {
        S3.close();
    }

    @BeforeAll
    void prepare() {
        S3.createBucket("hopso-hostile");
        Organisation council = fixtures().council("HĐND tỉnh Thử Thách");
        admin = login(fixtures().systemAdmin(fixtures().council("Văn phòng Quốc hội")));
        anonymous = new ApiClient(port);
        loginUser = fixtures().member(council, Role.DELEGATE);
        fingerprint = new DatabaseFingerprint(jdbc);
        openApi = anonymous.get("/v3/api-docs").body();

        SecretariatDesk desk = new SecretariatDesk(admin, council.id());
        String session = desk.session();
        String sitting = desk.sitting(session, false);
        desk.publishedItem(sitting, false);
        targets.put("organisations", council.id().toString());
        targets.put("sessions", session);
        targets.put("sittings", sitting);
        targets.put("agenda-items", desk.draftItem(sitting, false));
        targets.put("sites", desk.site());
        targets.put("members", desk.member(Role.DELEGATE).get("membershipId").asString());
        targets.put("documents", desk.document(sitting));
        targets.put("pages", "1");
        targets.put("comments", desk.comment(targets.get("documents"), admin));
        targets.put("annotations", desk.annotation(targets.get("documents"), admin));
        defineBaselines(sitting);
        everyBaselineIsAccepted();
    }

    /** A valid body for every form the API takes; each hostile case changes one thing in it. */
    private void defineBaselines(String sitting) {
        baselines.put("LoginRequest", () -> body("username", loginUser.username(), "password", Fixtures.PASSWORD));
        // An edit names the version it was made from: the target's current one (a new record ignores it).
        baselines.put("OrganisationForm", () -> body("name", "HĐND huyện Thử " + unique(), "kind", "COUNCIL",
                "level", "DISTRICT", "parentId", null, "version", versionOf("organisations"),
                "quorumNumerator", 2, "quorumDenominator", 3));
        baselines.put("MemberForm", () -> body("fullName", "Phạm Thị Thử " + unique(), "title", "Đại biểu",
                "username", "thu-" + unique(), "password", "mat-khau-thu-nghiem", "role", "DELEGATE", "delegationId", null,
                "version", fixtures().memberVersion(UUID.fromString(targets.get("members"))),
                "mandateFrom", "2026-03-15", "mandateUntil", "2031-03-14", "siteId", targets.get("sites")));
        baselines.put("DelegationForm", () -> body("name", "Tổ thử " + unique()));
        baselines.put("SiteForm", () -> body("name", "Điểm cầu thử " + unique(), "level", "COMMUNE", "parentId", null,
                "kind", "HALL", "operatorMembershipId", null, "version", versionOf("sites")));
        baselines.put("SessionForm", () -> body("name", "Kỳ họp thử " + unique(), "number", 12,
                "startsOn", "2026-12-08", "endsOn", "2026-12-10", "version", versionOf("sessions")));
        baselines.put("SittingForm", () -> body("title", "Phiên thử " + unique(), "startsAt", "2026-12-08T01:00:00Z",
                "endsAt", "2026-12-08T04:00:00Z", "place", "Hội trường", "closed", false,
                "version", admin.get("/api/sittings/" + sitting).body().get("version").asLong()));
        baselines.put("AgendaItemForm", () -> body("title", "Tờ trình thử " + unique(), "description", "Dòng 1\nDòng 2",
                "presenter", "Sở Tài chính", "estimatedMinutes", 20, "closed", false,
                "version", admin.get("/api/sittings/" + sitting + "/view").body().get("agenda").valueStream()
                        .filter(item -> item.get("id").asString().equals(targets.get("agenda-items"))).findFirst()
                        .orElseThrow().get("version").asLong()));
        baselines.put("AgendaOrder", () -> body("itemIds", admin.get("/api/sittings/" + sitting + "/view").body()
                .get("agenda").findValuesAsString("id").reversed()));
        baselines.put("PasswordChange", () -> body("currentPassword", Fixtures.PASSWORD,
                "newPassword", NEW_ADMIN_PASSWORD));
        baselines.put("DocumentSettings", () -> body("title", "Tờ trình thử " + unique(), "kind", "SUBMISSION",
                "position", 1, "access", "CONFIDENTIAL", "readerIds", List.of(accountOf(loginUser).toString()),
                "releaseAt", "2026-12-08T00:00:00Z", "downloadAllowed", true, "printAllowed", false));
        // The test PDF's one page reads "Tờ trình thử".
        baselines.put("CommentForm", () -> body("page", 1, "start", 0, "quote", "trình thử", "text",
                "Đề nghị sửa\nđoạn này.", "visibleToAll", false));
        baselines.put("CommentAnswer", () -> body("state", "EXPLAINED", "answer", "Giữ nguyên dự thảo.", "version",
                jdbc.sql("select version from document_comments where id = ?")
                        .param(UUID.fromString(targets.get("comments"))).query(Long.class).single()));
        baselines.put("AnnotationForm", () -> body("page", 1, "start", 0, "quote", "Tờ trình", "colour", "BLUE",
                "note", "Xem lại\nđoạn này."));
        baselines.put("AnnotationEdit", () -> body("colour", "GREEN", "note", "Ghi chú đã sửa.", "version",
                jdbc.sql("select version from document_annotations where id = ?")
                        .param(UUID.fromString(targets.get("annotations"))).query(Long.class).single()));
        baselines.put("SetupForm", () -> body("token", "ma-thiet-lap-khong-co", "fullName", "Quản trị Thử",
                "username", "quantri-" + unique(), "password", NEW_ADMIN_PASSWORD));
    }

    private UUID accountOf(TestUser user) {
        return jdbc.sql("select id from accounts where username = ?").param(user.username()).query(UUID.class).single();
    }

    /** The current version of the edited record of that table (they are named after it in {@code targets}). */
    private long versionOf(String table) {
        return jdbc.sql("select version from " + table + " where id = ?").param(UUID.fromString(targets.get(table)))
                .query(Long.class).single();
    }

    /**
     * Otherwise a case could be refused for a fault of its baseline, and prove nothing about the hostile value. Two
     * cannot be accepted here: the first administrator exists already, so no setup token is left to use; and a changed
     * password is changed back at once, so that the baseline's current password stays right.
     */
    private void everyBaselineIsAccepted() {
        for (Endpoint endpoint : bodyEndpoints().toList()) {
            if (endpoint.path().equals(SETUP)) {
                continue;
            }
            Map<String, Object> baseline = baseline(endpoint);
            ApiClient client = endpoint.path().equals(LOGIN) ? new ApiClient(port) : admin;
            var response = client.sendRaw(endpoint.method(), resolve(endpoint.path()), "application/json",
                    ApiClient.json().writeValueAsBytes(baseline));
            assertThat(response.status()).as("the valid example of %s is accepted: %s", endpoint, response.raw())
                    .isBetween(200, 299);
            if (endpoint.path().equals(PASSWORD)) {
                assertThat(admin.put(PASSWORD, body("currentPassword", NEW_ADMIN_PASSWORD,
                        "newPassword", Fixtures.PASSWORD)).status()).isEqualTo(200);
            }
        }
    }

    Stream<Endpoint> bodyEndpoints() {
        return endpoints().filter(endpoint -> endpoint.schema() != null);
    }

    Stream<Endpoint> endpointsWithIds() {
        return endpoints().filter(endpoint -> !endpoint.operation().path("parameters").isEmpty());
    }

    @Test
    void theEndpointsComeFromTheServersOwnDescription() {
        Set<String> forms = new TreeSet<>(bodyEndpoints().map(Endpoint::schema).toList());
        assertThat(forms).as("forms the API takes; each needs a valid example in defineBaselines")
                .isEqualTo(new TreeSet<>(baselines.keySet()));
        assertThat(bodyEndpoints().count()).isGreaterThanOrEqualTo(15);
        assertThat(endpointsWithIds().count()).isGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodyEndpoints")
    void hostileBodiesAndFieldValuesAreRefusedWithAnApiErrorAndChangeNothing(Endpoint endpoint) {
        Map<String, Object> baseline = baseline(endpoint);
        JsonNode schema = openApi.get("components").get("schemas").get(endpoint.schema());
        assertThat(fieldsOf(schema)).as("fields of %s with a value in its valid example", endpoint.schema())
                .isEqualTo(new TreeSet<>(baseline.keySet()));
        Map<String, List<Case>> groups = new LinkedHashMap<>();
        groups.put("the document", bodyCases(ApiClient.json().writeValueAsString(baseline), schema));
        for (String field : fieldsOf(schema)) {
            boolean required = schema.path("required").valueStream().anyMatch(r -> r.asString().equals(field));
            List<Case> cases = new ArrayList<>();
            for (Value value : HostileValues.forField(field, schema.get("properties").get(field), required)) {
                cases.add(Case.json(field + " = " + value.label(), withField(baseline, field, value.json())));
            }
            cases.add(Case.json(field + " twice", "{" + quoted(field) + ": "
                    + ApiClient.json().writeValueAsString(baseline.get(field)) + ", "
                    + ApiClient.json().writeValueAsString(baseline).substring(1)));
            groups.put("field " + field, cases);
        }
        ApiClient client = endpoint.path().equals(LOGIN) ? anonymous : admin;
        String path = resolve(endpoint.path());
        SoftAssertions softly = new SoftAssertions();
        groups.forEach((group, cases) -> refusedAndHarmless(softly, endpoint + ", " + group, cases.stream()
                .map(hostile -> new Sent(hostile.label(), client.sendRaw(endpoint.method(), path, hostile.contentType(),
                        hostile.body())))));
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpointsWithIds")
    void malformedAndUnknownIdsInPathsAndQueriesAreRefusedWithAnApiErrorAndChangeNothing(Endpoint endpoint) {
        byte[] body = endpoint.schema() == null ? new byte[0] : ApiClient.json().writeValueAsBytes(baseline(endpoint));
        SoftAssertions softly = new SoftAssertions();
        for (JsonNode parameter : endpoint.operation().get("parameters")) {
            if (parameter.get("in").asString().equals("header")) {
                continue; // the Idempotency-Key header has its own test (AgendaApiSystemTest)
            }
            String name = parameter.get("name").asString();
            List<String> values = new ArrayList<>(hostileValues(endpoint, parameter));
            if (parameter.get("in").asString().equals("query") && parameter.path("required").asBoolean()) {
                values.add(null);
            }
            refusedAndHarmless(softly, endpoint + ", parameter " + name, values.stream().map(value -> new Sent(
                    name + " = " + value, admin.sendRaw(endpoint.method(), withParameter(endpoint.path(), parameter, value),
                            "application/json", body))));
        }
        softly.assertAll();
    }

    /**
     * Malformed and unknown values for a parameter of one of the kinds the API has: ids, numbers, yes-or-no, names of
     * values, and free text (a search), which must be refused when empty, too short, too long or carrying control characters.
     */
    private static List<String> hostileValues(Endpoint endpoint, JsonNode parameter) {
        JsonNode schema = parameter.path("schema");
        if (schema.path("format").asString().equals("uuid")) {
            return List.of("x", "0", "-1", "00000000-0000-0000-0000-00000000000g", "%20", "9".repeat(1000),
                    "%E1%BB%87", UUID.randomUUID().toString());
        }
        if (schema.path("type").asString().equals("integer")) {
            return List.of("x", "0", "-1", "1.5", "%20", "9".repeat(1000), "99999999999", "%E1%BB%87");
        }
        if (schema.path("type").asString().equals("boolean")) { // a blank one takes the default
            return List.of("x", "2", "tru", "9".repeat(1000), "%E1%BB%87");
        }
        if (schema.path("type").asString().equals("string") && !schema.has("format") && !schema.has("enum")) {
            return List.of("", "x", "%20%20%20", "%E1%BB%87", "9".repeat(1000), "ng%00n", "ng%07n%1Bsach");
        }
        assertThat(schema.path("enum").isArray()).as("%s parameter %s is an id, a number, yes-or-no, text or one of named values",
                endpoint, parameter.get("name").asString()).isTrue();
        return List.of("x", "%20", schema.get("enum").get(0).asString().toLowerCase(java.util.Locale.ROOT),
                "9".repeat(1000), "%E1%BB%87");
    }

    /** A case and the server's answer to it. */
    record Sent(String label, ApiClient.Response response) {
    }

    /**
     * Sends a group of cases and checks every answer, then that the database is as before the group. (One fingerprint
     * per group rather than per case keeps the test fast; a change is then reported for the group, and every case whose
     * answer was not a refusal is named.)
     */
    private void refusedAndHarmless(SoftAssertions softly, String group, Stream<Sent> sending) {
        Map<String, String> before = fingerprint.take();
        sending.forEach(sent -> check(softly, group + ": " + sent.label(), sent.response()));
        softly.assertThat(fingerprint.changedSince(before)).as("tables changed by %s", group).isEmpty();
    }

    private static void check(SoftAssertions softly, String label, ApiClient.Response response) {
        softly.assertThat(response.status()).as("%s → %s", label, abbreviated(response.raw())).isBetween(400, 499);
        JsonNode error = response.body();
        boolean apiError = error.path("status").asInt() == response.status() && !error.path("code").asString("").isBlank()
                && !error.path("message").asString("").isBlank() && error.path("fields").isArray();
        softly.assertThat(apiError).as("%s: an ApiError with status, code, message and fields, not %s", label,
                abbreviated(response.raw())).isTrue();
    }

    /** What is wrong with the document itself, whatever the form. */
    private static List<Case> bodyCases(String baseline, JsonNode schema) {
        String firstField = fieldsOf(schema).iterator().next();
        String inside = baseline.substring(1);
        List<Case> cases = new ArrayList<>(List.of(
                Case.json("empty body", ""), Case.json("only whitespace", " \n "), Case.json("null", "null"),
                Case.json("true", "true"), Case.json("a number", "42"), Case.json("a string", "\"Tờ trình\""),
                Case.json("an empty array", "[]"), Case.json("the form inside an array", "[" + baseline + "]"),
                Case.json("cut short", baseline.substring(0, baseline.length() / 2)), Case.json("not JSON", "Tờ trình số 1"),
                Case.json("trailing garbage", baseline + " x"), Case.json("two documents", baseline + baseline),
                Case.json("an empty object", "{}"), Case.json("an unknown field", "{\"khongCo\": 1, " + inside),
                Case.json("an empty key", "{\"\": \"x\", " + inside),
                Case.json("__proto__", "{\"__proto__\": {\"systemAdmin\": true}, " + inside),
                Case.json("arrays nested 1,000 deep", "{" + quoted(firstField) + ": " + "[".repeat(1000)
                        + "]".repeat(1000) + ", " + inside),
                Case.json("objects nested 1,000 deep", "{\"a\":".repeat(1000) + "1" + "}".repeat(1000)),
                Case.json("more than a megabyte", "{" + " ".repeat(1_100_000) + inside),
                new Case("invalid UTF-8", "application/json", invalidUtf8(firstField, inside)),
                new Case("text/plain", "text/plain", baseline.getBytes(UTF_8)),
                new Case("no content type", null, baseline.getBytes(UTF_8)),
                new Case("XML", "application/xml", "<form/>".getBytes(UTF_8))));
        return cases;
    }

    private static byte[] invalidUtf8(String field, String inside) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(("{" + quoted(field) + ": \"T").getBytes(UTF_8));
        bytes.write(0xC3);
        bytes.write(0x28);
        bytes.write(0xFF);
        bytes.writeBytes(("\", " + inside).getBytes(UTF_8));
        return bytes.toByteArray();
    }

    /** The baseline with {@code field} set to raw JSON {@code json}, or left out when it is {@code null}. */
    private static String withField(Map<String, Object> baseline, String field, String json) {
        StringJoiner body = new StringJoiner(", ", "{", "}");
        baseline.forEach((key, value) -> {
            if (!key.equals(field)) {
                body.add(quoted(key) + ": " + ApiClient.json().writeValueAsString(value));
            } else if (json != null) {
                body.add(quoted(key) + ": " + json);
            }
        });
        return body.toString();
    }

    private Stream<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (var path : openApi.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                JsonNode ref = operation.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema").path("$ref");
                String schema = ref.isMissingNode() ? null : ref.asString().replace("#/components/schemas/", "");
                endpoints.add(new Endpoint(operation.getKey().toUpperCase(), path.getKey(), schema, operation.getValue()));
            }
        }
        return endpoints.stream();
    }

    private Map<String, Object> baseline(Endpoint endpoint) {
        Supplier<Map<String, Object>> baseline = baselines.get(endpoint.schema());
        assertThat(baseline).as("a valid example of %s (for %s) in defineBaselines", endpoint.schema(), endpoint)
                .isNotNull();
        return baseline.get();
    }

    /** The path with each id replaced by the object prepared for the collection it follows. */
    private String resolve(String template) {
        Matcher match = PATH_VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (match.find()) {
            String target = targets.get(match.group(1));
            assertThat(target).as("an object to aim %s at: add one to targets", template).isNotNull();
            match.appendReplacement(path, "/" + match.group(1) + "/" + target);
        }
        return match.appendTail(path).toString();
    }

    private String withParameter(String template, JsonNode parameter, String value) {
        String name = parameter.get("name").asString();
        if (parameter.get("in").asString().equals("path")) {
            return resolve(template.replace("{" + name + "}", value));
        }
        return resolve(template) + (value == null ? "" : "?" + name + "=" + value);
    }

    private static Set<String> fieldsOf(JsonNode schema) {
        Set<String> fields = new TreeSet<>();
        schema.get("properties").propertyNames().forEach(fields::add);
        return fields;
    }

    private static String quoted(String text) {
        return ApiClient.json().writeValueAsString(text);
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
