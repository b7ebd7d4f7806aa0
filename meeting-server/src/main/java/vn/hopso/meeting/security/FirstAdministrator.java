package vn.hopso.meeting.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.people.MemberStore;

/**
 * The first system administrator of a real deployment. While no system administrator exists, every start issues a
 * fresh one-time setup token (the one printed before stops working), prints it on the console, never in the log file,
 * and keeps only its SHA-256 digest; {@code POST /api/setup} with it creates the administrator and deletes the token.
 * Runs after the demo seeder, whose council brings an administrator of its own.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final JdbcClient jdbc;
    private final MemberStore members;
    private final Clock clock;
    private final Environment environment;
    private final SecureRandom random = new SecureRandom();

    FirstAdministrator(JdbcClient jdbc, MemberStore members, Clock clock, Environment environment) {
        this.jdbc = jdbc;
        this.members = members;
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (members.anySystemAdmin()) {
            jdbc.sql("delete from setup_token").update();
            return;
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                        insert into setup_token (singleton, token_hash, issued_at) values (true, ?, ?)
                        on conflict (singleton) do update set token_hash = excluded.token_hash, issued_at = excluded.issued_at""")
                .params(digest(token), Timestamp.from(clock.instant()))
                .update();
        log.warn("No system administrator yet: a one-time setup token for POST /api/setup was printed on the console");
        System.out.println(banner(token));
    }

    /** Uses the token up: true once for the token printed last, false for any other and for every later call. */
    boolean consume(String token) {
        return jdbc.sql("delete from setup_token where token_hash = ?").param(digest(token)).update() == 1;
    }

    private String banner(String token) {
        String address = environment.getProperty("server.address", "127.0.0.1");
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return """

                  Chưa có quản trị hệ thống. Tạo tài khoản quản trị đầu tiên bằng mã thiết lập dùng một lần:
                  No system administrator yet. Create the first one with this one-time setup token:

                      %s

                  curl -X POST http://%s:%s/api/setup -H 'Content-Type: application/json' \\
                       -d '{"token":"%s","fullName":"…","username":"quantri","password":"…"}'
                  (README.md, "Deploying for a council"; the token changes at every start until it is used)
                """.formatted(token, address, port, token);
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
