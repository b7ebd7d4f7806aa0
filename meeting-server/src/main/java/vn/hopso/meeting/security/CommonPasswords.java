package vn.hopso.meeting.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The passwords guessers try first: Openwall's public-domain list of common passwords (3,546, see the file's header),
 * followed by common Vietnamese ones and the words of this system. Bundled, since a council network has no Internet.
 */
final class CommonPasswords {

    static final String RESOURCE = "common-passwords.txt";

    private CommonPasswords() {
    }

    static Set<String> load() {
        try (var in = Objects.requireNonNull(CommonPasswords.class.getResourceAsStream(RESOURCE), RESOURCE);
                var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines()
                    .filter(line -> !line.startsWith("#!comment") && !line.isBlank())
                    .map(line -> line.strip().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled list of common passwords", e);
        }
    }
}
