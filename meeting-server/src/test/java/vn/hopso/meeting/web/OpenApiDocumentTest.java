package vn.hopso.meeting.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.ServerTest;

/**
 * The published OpenAPI description is one that standard tools accept: Redocly CLI's {@code recommended} rules find no
 * error in it (so an operation added without a summary fails here), and the credentials it documents for each
 * operation are the ones the server asks for. Redocly CLI comes from {@code clients/node_modules}, which the clients
 * module's {@code npm ci} installs; without it or without Node.js this test fails, saying what is missing.
 */
class OpenApiDocumentTest extends ServerTest {

    private static final Path CLIENTS = Path.of("..", "clients");
    private static final Path REDOCLY = CLIENTS.resolve(Path.of("node_modules", "@redocly", "cli", "bin", "cli.js"));
    private static final Path TARGET = Path.of("target");

    /** Warnings of the recommended rules that are accepted, each for a reason. */
    private static final Set<String> ACCEPTED_WARNINGS = Set.of(
            // HọpSố has not chosen its licence yet; the description will name it once it has.
            "info-license at #/info",
            // Anyone may fetch the CSRF token: there is nothing to refuse.
            "operation-4xx-response at #/paths/~1api~1auth~1csrf/get/responses");

    @Test
    void redoclysRecommendedRulesFindNoErrorAndNoUnexpectedWarning() throws Exception {
        Path document = TARGET.resolve("openapi.json");
        Files.createDirectories(TARGET);
        Files.writeString(document, new ApiClient(port).get("/v3/api-docs").raw());

        JsonNode report = lint(document);

        List<String> errors = problems(report, "error");
        assertThat(errors).as("Redocly errors in %s", document.toAbsolutePath()).isEmpty();
        assertThat(problems(report, "warn")).as("Redocly warnings in %s", document.toAbsolutePath())
                .isSubsetOf(ACCEPTED_WARNINGS);
    }

    @Test
    void theCredentialsEachOperationDocumentsAreTheOnesTheServerAsksFor() {
        JsonNode paths = new ApiClient(port).get("/v3/api-docs").body().get("paths");
        SoftAssertions softly = new SoftAssertions();
        int checked = 0;
        try (HttpClient bare = HttpClient.newHttpClient(); ApiClient withToken = new ApiClient(port)) {
            for (var path : paths.properties()) {
                for (var entry : path.getValue().properties()) {
                    checked++;
                    String method = entry.getKey().toUpperCase();
                    String call = method + " " + path.getKey();
                    String target = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                    Set<Set<String>> alternatives = alternatives(entry.getValue());
                    boolean session = !alternatives.isEmpty() && alternatives.stream().allMatch(a -> a.contains("session"));
                    boolean csrf = !alternatives.isEmpty() && alternatives.stream().allMatch(a -> a.contains("csrf"));

                    ApiClient.Response nothing = send(bare, method, target);
                    String refused = nothing.body().path("code").asString(null);
                    if (csrf || session) {
                        softly.assertThat(refused).as("%s without a session or token (%s)", call, nothing.raw())
                                .isEqualTo(csrf ? "csrf" : "unauthenticated");
                    } else {
                        // Open to anyone: whatever it answers (say, an empty form refused), it is not for credentials.
                        softly.assertThat(refused).as("%s without a session or token (%s)", call, nothing.raw())
                                .isNotIn("unauthenticated", "csrf");
                    }

                    ApiClient.Response tokenOnly = withToken.sendRaw(method, target, "application/json", "{}".getBytes(UTF_8));
                    String code = tokenOnly.body().path("code").asString(null);
                    if (session) {
                        softly.assertThat(code).as("%s with the CSRF token but no session (%s)", call, tokenOnly.raw())
                                .isEqualTo("unauthenticated");
                    } else {
                        softly.assertThat(code).as("%s with the CSRF token but no session (%s)", call, tokenOnly.raw())
                                .isNotIn("unauthenticated", "csrf");
                    }
                }
            }
        }
        softly.assertThat(checked).as("operations checked").isGreaterThanOrEqualTo(34);
        softly.assertAll();
    }

    private static JsonNode lint(Path document) throws Exception {
        String node = node();
        if (!Files.isRegularFile(REDOCLY)) {
            fail("Redocly CLI is not installed at " + REDOCLY.toAbsolutePath().normalize() + ": run `npm ci` in clients/ "
                    + "(the clients module's Maven build does, unless -Dskip.npm=true; infra/test runs it)");
        }
        Path out = TARGET.resolve("redocly-lint.json");
        Path err = TARGET.resolve("redocly-lint.log");
        ProcessBuilder lint = new ProcessBuilder(node, REDOCLY.toString(), "lint", "--extends=recommended",
                "--format=json", document.toString())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        // A closed network has no telemetry endpoint and no update server to wait for.
        lint.environment().put("REDOCLY_TELEMETRY", "off");
        lint.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        lint.environment().put("NO_COLOR", "1");
        Process process = lint.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("Redocly CLI did not finish within 2 minutes; see " + err.toAbsolutePath());
        }
        String report = Files.readString(out);
        if (report.isBlank()) {
            fail("Redocly CLI wrote no report (exit " + process.exitValue() + "): " + Files.readString(err));
        }
        return ApiClient.json().readTree(report);
    }

    /** The Node.js that runs Redocly CLI; fails, saying so, when there is none. */
    private static String node() throws InterruptedException {
        try {
            Process version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            if (version.waitFor(30, TimeUnit.SECONDS) && version.exitValue() == 0) {
                return "node";
            }
        } catch (IOException e) {
            // reported below
        }
        return fail("Node.js is needed to lint the OpenAPI description with Redocly CLI and `node` is not on the "
                + "PATH: install Node.js 20 or newer (README, Prerequisites; infra/test checks for it)");
    }

    /** Each problem of a severity as {@code rule at pointer}. */
    private static List<String> problems(JsonNode report, String severity) {
        List<String> found = new ArrayList<>();
        for (JsonNode problem : report.get("problems")) {
            if (problem.get("severity").asString().equals(severity)) {
                found.add(problem.get("ruleId").asString() + " at "
                        + problem.path("location").path(0).path("pointer").asString() + " (" + problem.get("message").asString()
                        + ")");
            }
        }
        return found.stream().map(p -> ACCEPTED_WARNINGS.stream().filter(p::startsWith).findFirst().orElse(p)).toList();
    }

    /** The documented ways to call an operation, each the set of credentials it needs; empty for anyone. */
    private static Set<Set<String>> alternatives(JsonNode operation) {
        Set<Set<String>> alternatives = new HashSet<>();
        for (JsonNode requirement : operation.path("security")) {
            alternatives.add(new HashSet<>(requirement.propertyNames()));
        }
        return alternatives;
    }

    private ApiClient.Response send(HttpClient http, String method, String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonNode body = raw.isBlank() ? ApiClient.json().nullNode() : ApiClient.json().readTree(raw);
            return new ApiClient.Response(response.statusCode(), body, raw);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
