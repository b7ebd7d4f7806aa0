package vn.hopso.meeting.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.hopso.meeting.config.HopsoProperties;

class PasswordHashCostTest {

    @Test
    void newHashesAreBcryptAtTheConfiguredCostAndOlderCostsStillMatch() {
        PasswordEncoder defaults = encoder(Map.of());
        PasswordEncoder cheap = encoder(Map.of("hopso.passwords.hash-cost", "4"));
        String standard = defaults.encode("Ghế đỏ hội trường 2026");
        assertThat(standard).startsWith("{bcrypt}$2a$10$");
        assertThat(cheap.encode("Ghế đỏ hội trường 2026")).startsWith("{bcrypt}$2a$04$");
        assertThat(cheap.matches("Ghế đỏ hội trường 2026", standard)).isTrue();
        assertThat(cheap.matches("Ghế đỏ hội trường 2025", standard)).isFalse();
    }

    @Test
    void aCostOutsideBcryptsRangeStopsTheStart() {
        assertThatThrownBy(() -> encoder(Map.of("hopso.passwords.hash-cost", "3"))).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("between 4 and 31");
        assertThatThrownBy(() -> encoder(Map.of("hopso.passwords.hash-cost", "32"))).isInstanceOf(BindException.class);
    }

    private static PasswordEncoder encoder(Map<String, String> settings) {
        HopsoProperties properties = new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("hopso", HopsoProperties.class);
        return SecurityConfiguration.passwordEncoder(properties);
    }
}
