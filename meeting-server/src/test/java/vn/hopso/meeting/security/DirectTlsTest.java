package vn.hopso.meeting.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.ServerTest;

/**
 * HọpSố serving HTTPS itself, with a keystore given through Spring Boot's {@code server.ssl.*} settings as README.md
 * describes: the session and CSRF cookies are Secure and every answer carries HSTS.
 */
// A server with settings of its own: closed after this class, so it holds no connections while the others run.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DirectTlsTest extends ServerTest {

    private static final String PASSWORD = "mat-khau-kho-khoa";
    private static final Path KEYSTORE = keystore();

    @DynamicPropertySource
    static void tls(DynamicPropertyRegistry registry) {
        registry.add("server.ssl.key-store", KEYSTORE::toString);
        registry.add("server.ssl.key-store-password", () -> PASSWORD);
        registry.add("server.ssl.key-store-type", () -> "PKCS12");
    }

    @Test
    void overHttpsTheCookiesAreSecureAndHstsIsSent() throws Exception {
        Fixtures.TestUser delegate = fixtures().member(fixtures().council("HĐND tỉnh Mã Hóa"), Role.DELEGATE);
        CookieManager cookies = new CookieManager();
        try (HttpClient https = HttpClient.newBuilder().sslContext(trusting()).cookieHandler(cookies).build()) {
            String base = "https://127.0.0.1:" + port;
            HttpResponse<String> csrf = https.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/csrf")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(csrf.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=")
                    .contains("Secure"));
            String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().orElseThrow();

            HttpResponse<String> login = https.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                    .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
                    .POST(HttpRequest.BodyPublishers.ofString(ApiClient.json().createObjectNode()
                            .put("username", delegate.username()).put("password", Fixtures.PASSWORD).toString()))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                    .startsWith("HOPSO_SESSION=").contains("Secure", "HttpOnly"));
            assertThat(login.headers().firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=");
        }
    }

    /** Trusts the test's own self-signed certificate, and nothing else. */
    private static SSLContext trusting() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(KEYSTORE)) {
            store.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    /** A self-signed certificate for 127.0.0.1, made with the JDK's keytool. */
    private static Path keystore() {
        try {
            Path file = Files.createTempDirectory("hopso-tls").resolve("hopso.p12");
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "hopso", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                    "-keystore", file.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                    .redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes());
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
