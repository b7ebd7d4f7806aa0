package vn.hopso.meeting.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The web client's protocol types are generated from the Java records: a renamed field or message fails here (and the
 * client's type check), not on a delegate's screen.
 */
class TypeScriptProtocolTest {

    private static final Path GENERATED = Path.of("..", "clients", "src", "protocol", "generated.ts");

    @Test
    void theCommittedTypeScriptMatchesTheJavaRecords() throws IOException {
        String expected = TypeScriptProtocol.generate();
        if (Boolean.getBoolean("hopso.protocol.write")) {
            Files.writeString(GENERATED, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(GENERATED, StandardCharsets.UTF_8))
                .as("clients/src/protocol/generated.ts is out of date: rebuild with -Dhopso.protocol.write=true")
                .isEqualTo(expected);
    }
}
