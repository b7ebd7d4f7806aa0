package vn.hopso.meeting.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.support.ApiClient;

/**
 * Logins as a browser would send them, from a loopback address of the test's choosing (127.0.0.0/8 all reaches the
 * server), with any extra headers, answering the status, the body and the headers (Retry-After).
 */
final class LoginProbe implements AutoCloseable {

    record Answer(int status, JsonNode body, HttpResponse<String> http) {
        String code() {
            return body.path("code").asString();
        }

        long retryAfter() {
            return Long.parseLong(http.headers().firstValue("Retry-After").orElse("-1"));
        }
    }

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    LoginProbe(int port, String sourceAddress) {
        this.base = "http://127.0.0.1:" + port;
        try {
            this.http = HttpClient.newBuilder().cookieHandler(cookies).localAddress(InetAddress.getByName(sourceAddress))
                    .connectTimeout(Duration.ofSeconds(5)).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Answer login(String username, String password, String... headers) {
        return loginAsync(username, password, headers).join();
    }

    CompletableFuture<Answer> loginAsync(String username, String password, String... headers) {
        String body = ApiClient.json().createObjectNode().put("username", username).put("password", password).toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new Answer(response.statusCode(), parse(response.body()), response));
    }

    private synchronized String csrfToken() {
        if (cookie() == null) {
            try {
                http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/csrf")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return cookie();
    }

    private String cookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static JsonNode parse(String body) {
        return body == null || body.isBlank() ? ApiClient.json().nullNode() : ApiClient.json().readTree(body);
    }

    @Override
    public void close() {
        http.close();
    }
}
