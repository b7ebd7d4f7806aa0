package vn.hopso.meeting.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A browser-like HTTP client for system tests: keeps the session cookie and sends the CSRF token on changes. */
public final class ApiClient implements AutoCloseable {

    public record Response(int status, JsonNode body, String raw, HttpHeaders headers) {

        public Response(int status, JsonNode body, String raw) {
            this(status, body, raw, HttpHeaders.of(Map.of(), (name, value) -> true));
        }

        /** The first value of the response header, or null. */
        public @Nullable String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static ApiClient loggedIn(int port, String username, String password) {
        ApiClient client = new ApiClient(port);
        Response response = client.login(username, password);
        if (response.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + response.raw());
        }
        return client;
    }

    public Response login(String username, String password) {
        return post("/api/auth/login", JSON.createObjectNode().put("username", username).put("password", password));
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response post(String path, Object body) {
        return send(withCsrf(path).POST(body(body)));
    }

    /** A POST with extra request headers (say, an Idempotency-Key). */
    public Response post(String path, Object body, java.util.Map<String, String> headers) {
        HttpRequest.Builder request = withCsrf(path).POST(body(body));
        headers.forEach(request::header);
        return send(request);
    }

    public Response put(String path, Object body) {
        return send(withCsrf(path).PUT(body(body)));
    }

    public Response delete(String path) {
        return send(withCsrf(path).DELETE());
    }

    /** Sends a body exactly as given, for malformed-input tests. */
    public Response postRaw(String path, String raw) {
        return send(withCsrf(path).POST(HttpRequest.BodyPublishers.ofString(raw)));
    }

    /**
     * Sends {@code body} byte for byte with the CSRF token, for hostile-input tests: any method, any content type
     * ({@code null} for none), bytes that need not be UTF-8.
     */
    public Response sendRaw(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("X-XSRF-TOKEN", csrfToken())
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /** A file for {@link #upload}: its name exactly as a browser's file picker would give it, and its bytes. */
    public record Upload(String fileName, byte[] content) {
    }

    /** What came back as bytes (a PDF, an image), with the status and headers. */
    public record Bytes(int status, byte[] body, HttpHeaders headers) {
        public @Nullable String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /**
     * A multipart/form-data POST as a browser sends a form with files: text fields, then each file as a part named
     * {@code files}. File names go out in UTF-8, with {@code "}, CR and LF percent-encoded, as browsers do.
     */
    public Response upload(String path, Map<String, String> fields, List<Upload> files) {
        return upload(path, fields, "files", files);
    }

    /** The same with each file as a part named {@code part}. */
    public Response upload(String path, Map<String, String> fields, String part, List<Upload> files) {
        String boundary = "----hopso" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        for (Upload file : files) {
            String name = file.fileName().replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                    + name + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return sendRaw("POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    public Bytes getBytes(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET()
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response postWithoutCsrf(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(body(body)));
    }

    public WebSocket.Builder webSocket() {
        return http.newWebSocketBuilder();
    }

    public URI webSocketUri() {
        return URI.create(base.replace("http://", "ws://") + "/ws");
    }

    /** The session cookie as a header value, for clients that do not share this one's cookie store. */
    public String cookieHeader() {
        return String.join("; ", cookies.getCookieStore().getCookies().stream().map(HttpCookie::toString).toList());
    }

    public static JsonMapper json() {
        return JSON;
    }

    private HttpRequest.Builder withCsrf(String path) {
        String token = csrfToken();
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", token);
    }

    /** The raw token from the XSRF-TOKEN cookie, as the web app sends it; asks the server for one if needed. */
    private String csrfToken() {
        if (cookie("XSRF-TOKEN") == null) {
            get("/api/auth/csrf");
        }
        return cookie("XSRF-TOKEN");
    }

    private String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static HttpRequest.BodyPublisher body(Object body) {
        return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonNode node = raw == null || raw.isBlank() ? JSON.nullNode() : parse(raw);
            return new Response(response.statusCode(), node, raw, response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String raw) {
        try {
            return JSON.readTree(raw);
        } catch (RuntimeException e) {
            return JSON.getNodeFactory().stringNode(raw);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
