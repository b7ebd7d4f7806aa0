package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.hopso.meeting.support.ServerTest;

/**
 * How the web app reaches a browser on a slow hall network: the content-hashed scripts and styles compressed and
 * cached for a year (their name changes with their content), the entry page and the API never stored.
 */
class WebAppDeliverySystemTest extends ServerTest {

    private static final Set<String> CACHED_FOR_A_YEAR = Set.of("public", "max-age=31536000", "immutable");
    private static final Pattern HASHED_ASSET = Pattern.compile("assets/[\\w-]+\\.(?:js|css)");

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void closeClient() {
        http.close();
    }

    @Test
    void hashedScriptsAndStylesGoCompressedAndCachedForAYear() throws IOException {
        List<String> assets = HASHED_ASSET.matcher(new String(get("/", null).body(), StandardCharsets.UTF_8)).results()
                .map(match -> "/" + match.group()).distinct().toList();
        assertThat(assets).as("the entry page names its script and its style sheet")
                .anyMatch(path -> path.endsWith(".js")).anyMatch(path -> path.endsWith(".css"));

        for (String asset : assets) {
            byte[] file = new ClassPathResource("static" + asset).getContentAsByteArray();

            Sent gzip = get(asset, "gzip");
            assertThat(gzip.status()).as(asset).isEqualTo(200);
            assertThat(gzip.header("Content-Encoding")).as(asset).isEqualTo("gzip");
            assertThat(gzip.header("Vary")).as(asset).containsIgnoringCase("Accept-Encoding");
            assertThat(gzip.cacheControl()).as(asset).isEqualTo(CACHED_FOR_A_YEAR);
            assertThat(gzip.header("Content-Type")).as(asset).startsWith(asset.endsWith(".js") ? "text/javascript" : "text/css");
            assertThat(gunzip(gzip.body())).as(asset + ", unpacked").isEqualTo(file);
            assertThat(gzip.body().length).as(asset + ", sent").isLessThan(file.length / 2);

            Sent brotli = get(asset, "gzip, deflate, br, zstd");
            assertThat(brotli.header("Content-Encoding")).as(asset + " to a browser that reads brotli").isEqualTo("br");
            assertThat(brotli.body().length).as(asset + " in brotli").isLessThan(gzip.body().length);
            assertThat(brotli.cacheControl()).as(asset).isEqualTo(CACHED_FOR_A_YEAR);

            Sent plain = get(asset, null);
            assertThat(plain.header("Content-Encoding")).as(asset + " to a client that asks for no compression").isNull();
            assertThat(plain.body()).isEqualTo(file);
            assertThat(plain.cacheControl()).as(asset).isEqualTo(CACHED_FOR_A_YEAR);
        }
    }

    @Test
    void theEntryPageAndTheApiAreNeverStored() {
        for (String path : List.of("/", "/index.html", "/api/auth/csrf", "/api/me")) {
            Sent sent = get(path, "gzip, br");
            assertThat(sent.status()).as(path).isIn(200, 401);
            assertThat(sent.cacheControl()).as(path).contains("no-store").doesNotContain("immutable", "public");
        }
    }

    private record Sent(int status, HttpResponse<byte[]> response) {

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        Set<String> cacheControl() {
            return response.headers().allValues("Cache-Control").stream()
                    .flatMap(value -> Arrays.stream(value.split(",")))
                    .map(String::trim)
                    .collect(Collectors.toSet());
        }

        byte[] body() {
            return response.body();
        }
    }

    private Sent get(String path, String acceptEncoding) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Sent(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }
}
