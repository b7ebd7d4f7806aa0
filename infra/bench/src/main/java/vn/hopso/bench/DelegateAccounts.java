package vn.hopso.bench;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;

/**
 * Delegate accounts of a council, made for a benchmark as its secretariat would make them: each a member with the
 * role {@code DELEGATE} and an open mandate, then logged in, changing the password the secretariat gave it (the server
 * requires that at a first login). Each account costs the server four bcrypt computations (the secretariat's hash,
 * the login, the change's check and its new hash), cheap on the benchmark's servers, and several are made at once.
 */
final class DelegateAccounts {

    private static final String ACCOUNT_PASSWORD = "Ghế đỏ hội trường 2026";

    private final URI base;
    private final Session secretariat;
    private final String council;
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    DelegateAccounts(URI base, Session secretariat, String council) {
        this.base = base;
        this.secretariat = secretariat;
        this.council = council;
    }

    /** {@code count} new delegates, each logged in with the password it chose, made on {@code threads} threads. */
    List<Session> create(String prefix, int count, int threads) {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<CompletableFuture<Session>> made = IntStream.range(0, count)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> create(prefix + "-" + run + "-" + i, i), pool))
                    .toList();
            return made.stream().map(CompletableFuture::join).toList();
        }
    }

    private Session create(String username, int number) {
        String given = "Mật khẩu ban đầu " + run + "-" + number;
        JsonNode created = secretariat.post("/api/organisations/" + council + "/members", ("{\"fullName\":"
                + "\"Đại biểu thử tải %d\",\"title\":null,\"username\":\"%s\",\"password\":\"%s\","
                + "\"role\":\"DELEGATE\",\"delegationId\":null,\"mandateFrom\":null,\"mandateUntil\":null}")
                .formatted(number, username, given));
        if (created.get("membershipId") == null) {
            throw new IllegalStateException("could not create the account " + username + ": " + created);
        }
        Session session = Session.login(base, username, given);
        String change = "{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}".formatted(given, ACCOUNT_PASSWORD);
        JsonNode changed = Session.whenChecked(() -> session.put("/api/me/password", change));
        if (changed.get("accountId") == null) {
            throw new IllegalStateException("could not change the password of " + username + ": " + changed);
        }
        return session;
    }
}
