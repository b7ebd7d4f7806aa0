package vn.hopso.meeting.security;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Checks a user name and password against the accounts table. */
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

    @Override
    public Authentication authenticate(Authentication request) {
        String username = request.getName().trim().toLowerCase(java.util.Locale.ROOT);
        String password = String.valueOf(request.getCredentials());
        record Row(UUID id, String username, String hash) {
        }
        var row = jdbc.sql("select id, username, password_hash from accounts where username = ? and enabled")
                .param(username)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .optional();
        boolean matches = passwords.matches(password, row.map(Row::hash).orElse(decoyHash));
        if (row.isEmpty() || !matches) {
            throw new BadCredentialsException("bad credentials");
        }
        return UsernamePasswordAuthenticationToken.authenticated(
                new AccountPrincipal(row.get().id(), row.get().username()), null, List.of());
    }
}
