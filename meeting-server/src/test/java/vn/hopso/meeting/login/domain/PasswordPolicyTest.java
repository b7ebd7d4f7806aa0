package vn.hopso.meeting.login.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(10, Set.of("password", "anhyeuem", "iloveyou1234"));

    @ParameterizedTest
    @ValueSource(strings = {"Hoa sen nở trong đầm", "con-đường-tới-trường", "mua xuân 2026 ở Huế", "Kỳ họp thứ năm!",
        "chutoa-ngay-mai-troi-dep", "ba con mèo nhỏ"})
    void acceptsLongEnoughUnusualPasswords(String password) {
        assertThat(policy.check(password, "chutoa")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ngan-qua          | password_too_short
            Mật khẩu9         | password_too_short
            password          | password_too_short
            PASSWORD2026!     | password_too_common
            2026anhyeuem2026  | password_too_common
            iloveyou1234      | password_too_common
            1111111111        | password_too_simple
            aaaaaaaaaaaa      | password_too_simple
            ababababab        | password_too_simple
            abc123abc123      | password_too_simple
            hopsohopso        | password_too_simple
            1234567890        | password_too_simple
            7890123456        | password_too_simple
            9876543210        | password_too_simple
            abcdefghijkl      | password_too_simple
            chutoa2026!!      | password_contains_username
            ChuToa-ChuToa-1   | password_contains_username
            """)
    void refusesWhatGuessersTryFirst(String password, String code) {
        assertThat(policy.check(password, "chutoa")).map(PasswordProblem::code).contains(code);
    }

    @ParameterizedTest
    @ValueSource(ints = {72, 73, 120})
    void acceptsUpToBcryptsSeventyTwoBytesCountedInUtf8(int bytes) {
        // "ệ" takes 3 bytes in UTF-8 and "è" 2: 21 + 7 characters make 71 bytes, well under 72 characters.
        String password = "ệ".repeat(21) + "con mèo" + "x".repeat(bytes - 71);
        assertThat(password.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);

        Optional<PasswordProblem> problem = policy.check(password, "daibieu01");

        if (bytes <= PasswordPolicy.MAX_BYTES) {
            assertThat(problem).isEmpty();
        } else {
            assertThat(problem).map(PasswordProblem::code).contains("password_too_long");
            assertThat(problem.get().message()).contains("tối đa 72 byte");
        }
        assertThat(PasswordPolicy.fitsBcrypt(password)).isEqualTo(bytes <= 72);
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 12})
    void theMinimumLengthIsConfiguredAndCountsCharactersNotBytes(int minLength) {
        PasswordPolicy configured = new PasswordPolicy(minLength, Set.of());
        String elevenVietnamese = "Đường về nhà";
        assertThat(elevenVietnamese.codePointCount(0, elevenVietnamese.length())).isEqualTo(12);
        assertThat(configured.check(elevenVietnamese.substring(0, 11), "ai-do")).map(PasswordProblem::code)
                .isEqualTo(minLength <= 11 ? Optional.empty() : Optional.of("password_too_short"));
        assertThat(configured.check("ngắn", "ai-do").get().message()).isEqualTo("Mật khẩu cần ít nhất " + minLength + " ký tự.");
    }
}
