package vn.hopso.meeting.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.login.domain.PasswordPolicy;

/**
 * Checks a user name and password against the accounts table. Also Spring Security's authentication manager, so that
 * no default user with a generated password is ever configured.
 */
@Component
class AccountAuthenticator implements AuthenticationManager {

    /** Compared against when the user name is unknown, so both failures take the same time. */
    private final String decoyHash;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    AccountAuthenticator(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.decoyHash = passwords.encode("decoy-password-for-unknown-users");
    }

    /** The account when the password is its own; a password bcrypt could not have taken whole never is. */
    Optional<AccountPrincipal> check(String typedUsername, String password) {
        String username = typedUsername.trim().toLowerCase(Locale.ROOT);
        record Row(UUID id, String username, String hash) {
        }
        var row = jdbc.sql("select id, username, password_hash from accounts where username = ? and enabled")
                .param(username)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .optional();
        boolean fits = PasswordPolicy.fitsBcrypt(password);
        boolean matches = passwords.matches(fits ? password : "", row.map(Row::hash).orElse(decoyHash));
        if (row.isEmpty() || !fits || !matches) {
            return Optional.empty();
        }
        return Optional.of(new AccountPrincipal(row.get().id(), row.get().username()));
    }

    @Override
    public Authentication authenticate(Authentication request) {
        return check(request.getName(), String.valueOf(request.getCredentials()))
                .map(account -> UsernamePasswordAuthenticationToken.authenticated(account, null, List.of()))
                .orElseThrow(() -> new BadCredentialsException("bad credentials"));
    }
}
