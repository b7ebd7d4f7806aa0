package vn.hopso.media.janus;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Janus HTTP API on the wire: one POST per request, one GET per long poll, the API secret on each, a fresh
 * transaction id for each request, and Janus' errors turned into {@link JanusException}s.
 */
final class JanusHttp implements AutoCloseable {

    /** Janus answers a long poll within 30 s (with a keep-alive when nothing happened). */
    private static final Duration LONG_POLL = Duration.ofSeconds(45);

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JanusEndpoint endpoint;
    private final HttpClient client;
    private final String transactionPrefix;
    private final AtomicLong transactions = new AtomicLong();

    JanusHttp(JanusEndpoint endpoint) {
        this.endpoint = endpoint;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(endpoint.requestTimeout())
                .build();
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        this.transactionPrefix = HexFormat.of().formatHex(random) + "-";
    }

    JanusEndpoint endpoint() {
        return endpoint;
    }

    /** A request of the given kind ({@code "janus": kind}) with a new transaction id and the API secret. */
    ObjectNode message(String kind) {
        ObjectNode message = JSON.createObjectNode();
        message.put("janus", kind);
        message.put("transaction", transactionPrefix + transactions.incrementAndGet());
        if (!endpoint.apiSecret().isEmpty()) {
            message.put("apisecret", endpoint.apiSecret());
        }
        return message;
    }

    /** POSTs the message to the path under the API's base ("" for the root, "/{session}", "/{session}/{handle}"). */
    JsonNode post(String path, ObjectNode message) {
        HttpRequest request = HttpRequest.newBuilder(resolve(path, ""))
                .timeout(endpoint.requestTimeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message)))
                .build();
        return checked(send(request));
    }

    /** Waits for the session's next events (at most {@code max}); an empty array when Janus only kept us alive. */
    JsonNode poll(long session, int max) {
        String query = "maxev=" + max + "&rid=" + System.nanoTime();
        if (!endpoint.apiSecret().isEmpty()) {
            query += "&apisecret=" + URLEncoder.encode(endpoint.apiSecret(), StandardCharsets.UTF_8);
        }
        HttpRequest request = HttpRequest.newBuilder(resolve("/" + session, query)).timeout(LONG_POLL).GET().build();
        JsonNode answer = send(request);
        if (answer.isArray()) {
            return answer;
        }
        return JSON.createArrayNode().add(checked(answer));
    }

    /** Janus' {@code info} answer (no session needed). */
    JsonNode info() {
        return checked(send(HttpRequest.newBuilder(resolve("/info", "")).timeout(endpoint.requestTimeout()).GET()
                .build()));
    }

    @Override
    public void close() {
        // shutdownNow, not close: close would wait for a long poll in flight (up to 30 s)
        client.shutdownNow();
    }

    private URI resolve(String path, String query) {
        String base = endpoint.uri().toString().replaceAll("/+$", "");
        return URI.create(base + path + (query.isEmpty() ? "" : "?" + query));
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (HttpTimeoutException e) {
            throw new JanusUnreachable("Janus did not answer " + request.uri().getPath() + " in time", e);
        } catch (IOException | JacksonException e) {
            throw new JanusUnreachable("Janus at " + endpoint.uri() + " could not be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JanusUnreachable("interrupted while waiting for Janus", e);
        }
    }

    private static JsonNode checked(JsonNode answer) {
        if ("error".equals(answer.path("janus").asString())) {
            JsonNode error = answer.path("error");
            throw JanusException.core(error.path("code").asInt(), error.path("reason").asString());
        }
        return answer;
    }
}
