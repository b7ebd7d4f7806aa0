package vn.hopso.meeting.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.hopso.meeting.web.ApiProblem;
import vn.hopso.voting.domain.Discrepancy;
import vn.hopso.voting.domain.VotingRefusal;

/**
 * Every error code the server can send, REST ({@code ApiError.code}, {@code FieldError.code}) and WebSocket
 * ({@code error.code}), read from its sources and kept as a list in the web client, whose tests fail when a code has
 * no entry in its catalogues: an English-speaking user never meets an untranslated refusal because a code was added
 * on the server alone.
 */
class ServerErrorCodesTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path GENERATED = Path.of("..", "clients", "src", "i18n", "serverCodes.ts");

    /** A wire code: lower-case words joined by underscores. Messages, being Vietnamese sentences, never match. */
    private static final String CODE = "\"([a-z]+(?:_[a-z]+)*)\"";

    /**
     * Where codes are written: REST answers always name their HTTP status right before the code
     * ({@code ApiProblem.of(HttpStatus.CONFLICT, "code", …)}, the exception handler, the security filters); the
     * rules' refusals are {@code Refusal.conflict("code", …)} or {@code new Refusal(Kind.…, "code", …)}; a field
     * refused as the whole answer is {@code refusedField("code", …)}, a password rule's {@code problem("code", …)};
     * WebSocket error frames take the code after their {@code ref}.
     */
    private static final Pattern WRITTEN = Pattern.compile(
            "HttpStatus\\.[A-Z_]+\\s*,\\s*" + CODE
                    + "|\\bconflict\\s*\\(\\s*" + CODE
                    + "|new\\s+Refusal\\s*\\(\\s*Kind\\.[A-Z_]+\\s*,\\s*" + CODE
                    + "|\\b(?:refusedField|problem)\\s*\\(\\s*" + CODE
                    + "|(?:ErrorMessage(?:\\.of)?|MediaError|Rejected|refuse)\\s*\\([^;\"]*?,\\s*" + CODE);

    /**
     * Field codes: {@code ApiProblem.invalid("username", "username_taken", …)}, and the form constraints a request
     * body can break, which the exception handler sends as their snake-case names ({@code NotBlank} → not_blank).
     */
    private static final Pattern FIELD_WRITTEN =
            Pattern.compile("\\binvalid\\s*\\(\\s*(?:\"\\w+\"|\\w+)\\s*,\\s*" + CODE + "\\s*,"
                    + "|\\b(?:refusedField|problem)\\s*\\(\\s*" + CODE);
    private static final Pattern CONSTRAINT = Pattern.compile("import jakarta\\.validation\\.constraints\\.(\\w+);");

    @Test
    void theWebClientKnowsEveryErrorCodeTheServerSends() throws IOException {
        SortedSet<String> codes = found(WRITTEN);
        // The voting rules refuse with codes of their own, which the server sends as they are.
        Arrays.stream(VotingRefusal.Code.values()).map(VotingRefusal.Code::wire).forEach(codes::add);
        // A paper count that does not add up is refused with the code of the discrepancy found first.
        Arrays.stream(Discrepancy.Code.values()).map(Discrepancy.Code::code).forEach(codes::add);
        assertThat(codes).as("the scan finds codes of each kind (if not, WRITTEN no longer matches the sources)")
                .contains("not_found", "bad_credentials", "csrf", "internal", "sitting_not_planned", "bad_json",
                        "frame_too_large", "access_revoked");
        SortedSet<String> fieldCodes = found(FIELD_WRITTEN);
        found(CONSTRAINT).forEach(constraint -> fieldCodes.add(ApiProblem.constraintCode(constraint)));
        assertThat(fieldCodes).as("the scan finds field codes of each kind")
                .contains("invalid", "username_taken", "not_blank", "size");

        String expected = typeScript(codes, fieldCodes);
        if (Boolean.getBoolean("hopso.protocol.write")) {
            Files.writeString(GENERATED, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(GENERATED, StandardCharsets.UTF_8))
                .as("clients/src/i18n/serverCodes.ts is out of date: rebuild with -Dhopso.protocol.write=true, then "
                        + "give each new code a serverCode.<code> entry in clients/src/i18n/vi.ts and en.ts")
                .isEqualTo(expected);
    }

    private static SortedSet<String> found(Pattern pattern) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .map(ServerErrorCodesTest::read)
                    .flatMap(source -> pattern.matcher(source).results())
                    .map(ServerErrorCodesTest::code)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String code(MatchResult match) {
        for (int group = 1; group <= match.groupCount(); group++) {
            if (match.group(group) != null) {
                return match.group(group);
            }
        }
        throw new IllegalStateException("no code in " + match.group());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String typeScript(SortedSet<String> codes, SortedSet<String> fieldCodes) {
        return """
                // GENERATED from meeting-server's sources by ServerErrorCodesTest: do not edit. After adding a code on the
                // server, rebuild with -Dhopso.protocol.write=true; a client test then asks for its texts in vi.ts and en.ts.

                /** Every code the server can send as ApiError.code or in a WebSocket error frame (serverCode.<code>). */
                export const SERVER_CODES = [
                """
                + list(codes)
                + """
                ] as const;

                /** Every code the server can send as FieldError.code, next to one field of a form (serverField.<code>). */
                export const SERVER_FIELD_CODES = [
                """
                + list(fieldCodes)
                + "] as const;\n";
    }

    private static String list(SortedSet<String> codes) {
        return codes.stream().map(code -> "  '" + code + "',\n").collect(Collectors.joining());
    }
}
