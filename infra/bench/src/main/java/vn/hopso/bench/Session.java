package vn.hopso.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A logged-in browser session: its cookies, for REST calls and for the WebSocket handshakes of many tabs. */
final class Session {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** How long the server asks a password check to wait when every check is busy (its {@code Retry-After}). */
    private static final Duration BUSY_RETRY = Duration.ofSeconds(1);

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private Session(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
    }

    static Session login(URI base, String username, String password) {
        Session session = new Session(base);
        session.get("/api/auth/csrf");
        String credentials = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
        JsonNode me = whenChecked(() -> session.post("/api/auth/login", credentials));
        if (me.get("accountId") == null) {
            throw new IllegalStateException("login of " + username + " failed: " + me);
        }
        return session;
    }

    /**
     * Makes a call that checks a password (a login, a password change) and makes it again, after the wait the server
     * asks for, while the server answers 503 {@code login_busy}: every password check was taken.
     */
    static JsonNode whenChecked(Supplier<JsonNode> call) {
        JsonNode answer = call.get();
        while (answer.has("code") && answer.get("code").asString().equals("login_busy")) {
            try {
                Thread.sleep(BUSY_RETRY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            answer = call.get();
        }
        return answer;
    }

    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    JsonNode post(String path, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    JsonNode put(String path, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A binary answer: its HTTP status and its bytes (a page image, a PDF copy, or a problem's JSON). */
    record Fetched(int status, byte[] body) {
    }

    Fetched bytes(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Fetched(response.statusCode(), response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One file and form fields as {@code multipart/form-data}, the way the web app's upload form sends them. */
    JsonNode upload(String path, String fileName, byte[] content, Map<String, String> fields) {
        String boundary = "hopso-bench-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 1024);
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; "
                + "name=\"" + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    String cookieHeader() {
        return String.join("; ", cookies.getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).toList());
    }

    /** A text resource, with {@code Authorization: Bearer <token>} when a token is given (the metrics need one). */
    String text(String path, String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        if (bearerToken != null && !bearerToken.isEmpty()) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private JsonNode send(HttpRequest request) {
        try {
            String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
