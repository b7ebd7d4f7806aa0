package vn.hopso.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.hopso.bench.BusySittingRun.Faults;
import vn.hopso.bench.BusySittingRun.Result;
import vn.hopso.bench.BusySittingRun.Scenario;

/**
 * A busy sitting of a large council (500 delegates, as many as the National Assembly): first on one node, then with
 * the delegates' tabs split over two nodes that share the database and a Redis. Measures every command from sending
 * to {@code command.accepted}, every event from its commit ({@code at}) to each tab, and how long until every screen
 * shows every delegate checked in; checks that every tab got every event it may see. The demo council has too few
 * delegates, so the benchmark first makes its own, as the secretariat would (not timed: bcrypt makes it slow).
 */
final class BusySittingBench {

    private static final String PASSWORD = "hopso2026";
    private static final double GOAL_COMMAND_P99_MS = 100;
    private static final double GOAL_DELIVERY_P99_MS = 250;
    private static final Scenario FULL = new Scenario(500, Duration.ofSeconds(60), 8, 40, Duration.ofSeconds(2));
    private static final Scenario QUICK = new Scenario(500, Duration.ofSeconds(10), 2, 40, Duration.ofSeconds(2));
    /**
     * A short sitting on every node before the measured ones, so that both runs meet servers whose code the JIT has
     * compiled already: otherwise the run on one node would pay for the warm-up of the first server alone.
     */
    private static final Scenario WARM_UP = new Scenario(100, Duration.ofSeconds(5), 1, 20, Duration.ofSeconds(1));
    /** Accounts made at once: bcrypt, on the server, takes what the processors give. */
    private static final int ACCOUNT_THREADS = Runtime.getRuntime().availableProcessors();
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final List<Bench.Node> nodes;
    private final Scenario scenario;
    private final Path output;
    private final Random random = new Random(2026);

    BusySittingBench(List<Bench.Node> nodes, boolean quick, Path output) {
        if (nodes.size() > 2) {
            throw new IllegalArgumentException("busy-sitting runs on one node and on two, not " + nodes.size());
        }
        this.nodes = nodes;
        this.scenario = quick ? QUICK : FULL;
        this.output = output;
    }

    /** @return whether every command was accepted and every event reached every tab, on every set of nodes */
    boolean run() throws IOException {
        Bench.Node first = nodes.getFirst();
        Session chair = Session.login(first.base(), "chutoa", PASSWORD);
        Session secretariat = Session.login(first.base(), "thuky", PASSWORD);
        String council = chair.get("/api/me").get("memberships").get(0).get("organisationId").asString();
        long preparing = System.nanoTime();
        List<String> sittings = sittings(secretariat, council, nodes.size() + 1, scenario.bursts() + 1);
        double sittingSeconds = (System.nanoTime() - preparing) / 1e9;
        preparing = System.nanoTime();
        List<Session> delegates = new DelegateAccounts(first.base(), secretariat, council)
                .create("dai-bieu", scenario.delegates(), ACCOUNT_THREADS);
        double accountSeconds = (System.nanoTime() - preparing) / 1e9;
        System.out.printf(Locale.ROOT, "set-up, not timed: %d delegate accounts in %.1f s (each created, logged in "
                + "and its password changed: four bcrypt computations), %d sittings of %d items in %.1f s%n",
                delegates.size(), accountSeconds, sittings.size(), scenario.bursts() + 1, sittingSeconds);
        System.out.printf(Locale.ROOT, "each sitting: the chair opens it; %d delegates check in at random within %d s; "
                + "%d times %d of them ask to speak within %.1f s, the chair reorders the queue, gives and ends the "
                + "floor twice and moves to the next item; the chair closes it%n", scenario.delegates(),
                scenario.checkInWindow().toSeconds(), scenario.bursts(), scenario.burstSize(),
                scenario.burstSpread().toMillis() / 1000.0);
        if (scenario == QUICK) {
            System.out.printf(Locale.ROOT, "--quick: the check-ins come within %d s instead of %d s, and %d bursts "
                    + "instead of %d, so that both runs take about a minute; every delegate still takes part%n",
                    QUICK.checkInWindow().toSeconds(), FULL.checkInWindow().toSeconds(), QUICK.bursts(),
                    FULL.bursts());
        }

        BusySittingRun.People people = new BusySittingRun.People(chair, secretariat,
                Session.login(first.base(), "hoitruong", PASSWORD), Session.login(first.base(), "khachmoi", PASSWORD),
                delegates);
        Result warmUp = new BusySittingRun(nodes, sittings.getFirst(), people.first(WARM_UP.delegates()), WARM_UP,
                random).run();
        System.out.printf(Locale.ROOT, "warm-up, not timed: %d delegates check in within %d s and %d ask to speak, on "
                + "every node, in %.1f s%n", WARM_UP.delegates(), WARM_UP.checkInWindow().toSeconds(),
                WARM_UP.burstSize(), warmUp.connectSeconds() + warmUp.timedSeconds());
        header();
        List<Result> results = new ArrayList<>();
        for (int count = 1; count <= nodes.size(); count++) {
            Result result = new BusySittingRun(nodes.subList(0, count), sittings.get(count), people, scenario,
                    random).run();
            report(result);
            results.add(result);
        }
        boolean faultless = warmUp.faultless() && results.stream().allMatch(Result::faultless);
        System.out.printf(Locale.ROOT, "benchmark time, set-up apart: %.1f s (connecting and the timed runs)%n",
                results.stream().mapToDouble(r -> r.connectSeconds() + r.timedSeconds()).sum());
        goals(results);
        if (!warmUp.faultless()) {
            System.out.print("during the warm-up: ");
            faults(warmUp);
        }
        results.stream().filter(r -> !r.faultless()).forEach(BusySittingBench::faults);
        write(results, accountSeconds);
        return faultless;
    }

    /** One session of the council, holding a sitting per run, each with a published agenda of {@code items}. */
    static List<String> sittings(Session secretariat, String council, int count, int items) {
        LocalDate today = LocalDate.now(VIETNAM);
        String session = created(secretariat.post("/api/organisations/" + council + "/sessions",
                ("{\"name\":\"Kỳ họp thử tải\",\"number\":null,\"startsOn\":\"%s\",\"endsOn\":\"%s\","
                        + "\"version\":null}").formatted(today, today)), "a session");
        List<String> sittings = new ArrayList<>();
        for (int s = 1; s <= count; s++) {
            String sitting = created(secretariat.post("/api/sessions/" + session + "/sittings",
                    ("{\"title\":\"Phiên thử tải %d\",\"startsAt\":\"%s\",\"endsAt\":null,\"place\":\"Hội trường\","
                            + "\"closed\":false,\"version\":null}").formatted(s, Instant.now())), "a sitting");
            for (int i = 1; i <= items; i++) {
                created(secretariat.post("/api/sittings/" + sitting + "/agenda", ("{\"title\":\"Nội dung %d\","
                        + "\"description\":null,\"presenter\":null,\"estimatedMinutes\":null,\"closed\":false,"
                        + "\"version\":null}").formatted(i)), "an agenda item");
            }
            JsonNode published = secretariat.post("/api/sittings/" + sitting + "/agenda/publish", "");
            if (!published.isArray() || published.size() != items) {
                throw new IllegalStateException("could not publish the agenda: " + published);
            }
            sittings.add(sitting);
        }
        return sittings;
    }

    private static String created(JsonNode answer, String what) {
        if (answer.get("id") == null) {
            throw new IllegalStateException("could not create " + what + ": " + answer);
        }
        return answer.get("id").asString();
    }

    private static void header() {
        System.out.printf("%-5s %7s %9s %9s %11s %7s %8s %8s %8s %8s %5s %7s %9s %5s%n", "nodes", "screens",
                "connect s", "check-ins", "all shown s", "timed s", "cmd p50", "cmd p99", "dlv p50", "dlv p99",
                "lost", "srv CPU", "bench CPU", "load");
    }

    private static void report(Result r) {
        System.out.printf(Locale.ROOT, "%-5d %7d %9.1f %4d/%-4d %11.1f %7.1f %8.1f %8.1f %8.1f %8.1f %5d %6.0f%% "
                + "%8.0f%% %5.1f%n", r.nodes(), r.screensPerNode().values().stream().mapToInt(Integer::intValue).sum(),
                r.connectSeconds(), r.checkIns().accepted(), r.checkIns().sent(), r.checkIns().allShownSeconds(),
                r.timedSeconds(), r.commands().p50Ms(), r.commands().p99Ms(), r.delivery().p50Ms(),
                r.delivery().p99Ms(), r.faults().lostDeliveries(), r.load().serversCpuPercent(),
                r.load().benchCpuPercent(), r.load().loadAverage());
        System.out.printf(Locale.ROOT, "      commands p50/p99 ms: check-in %.1f/%.1f, request to speak %.1f/%.1f, "
                + "chair %.1f/%.1f%n", r.checkInCommands().p50Ms(), r.checkInCommands().p99Ms(),
                r.requestCommands().p50Ms(), r.requestCommands().p99Ms(), r.chairCommands().p50Ms(),
                r.chairCommands().p99Ms());
        System.out.println("      delivery p50/p99 ms: " + String.join(", ", r.deliveryByType().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f/%.1f", e.getKey(), e.getValue().p50Ms(),
                        e.getValue().p99Ms())).toList()));
        if (r.nodes() > 1) {
            r.deliveryByNode().forEach((node, f) -> System.out.printf(Locale.ROOT,
                    "      on node %s: %d screens, delivery p50/p99 %.1f/%.1f ms%n", node,
                    r.screensPerNode().get(node), f.p50Ms(), f.p99Ms()));
        }
    }

    /** The goals, met or missed, for every set of nodes. */
    private static void goals(List<Result> results) {
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "%s: command p99 %.1f ms (goal < %.0f ms: %s), delivery p99 %.1f ms "
                    + "(goal < %.0f ms: %s)%n", r.nodes() == 1 ? "one node" : r.nodes() + " nodes",
                    r.commands().p99Ms(), GOAL_COMMAND_P99_MS, verdict(r.commands().p99Ms() < GOAL_COMMAND_P99_MS),
                    r.delivery().p99Ms(), GOAL_DELIVERY_P99_MS, verdict(r.delivery().p99Ms() < GOAL_DELIVERY_P99_MS));
        }
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    private static void faults(Result r) {
        Faults f = r.faults();
        System.out.printf(Locale.ROOT, "FAULT on %d node(s): %d of %d check-ins accepted, %d deliveries lost, %d out "
                + "of order, %d sockets closed by the server, %d commands refused, %d unanswered%n", r.nodes(),
                r.checkIns().accepted(), r.checkIns().sent(), f.lostDeliveries(), f.outOfOrder(),
                f.socketsClosed().size(), f.refusals().size(), f.unanswered());
        f.socketsClosed().stream().collect(Collectors.groupingBy(reason -> reason, TreeMap::new,
                Collectors.counting())).forEach((reason, count) -> System.out.println("  closed: " + count + " × "
                + reason));
        f.refusals().stream().limit(5).forEach(refusal -> System.out.println("  refused: " + refusal));
    }

    private void write(List<Result> results, double accountSeconds) throws IOException {
        ObjectNode json = Session.JSON.createObjectNode();
        json.put("benchmark", "busy-sitting");
        json.set("scenario", Session.JSON.valueToTree(scenario));
        json.put("goalCommandP99Ms", GOAL_COMMAND_P99_MS);
        json.put("goalDeliveryP99Ms", GOAL_DELIVERY_P99_MS);
        json.put("accountSetUpSeconds", accountSeconds);
        json.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        ArrayNode runs = json.putArray("runs");
        results.forEach(result -> runs.add(Session.JSON.valueToTree(result)));
        Files.createDirectories(output);
        Files.writeString(output.resolve("busy-sitting.json"), json.toPrettyString());
        System.out.println("written " + output.resolve("busy-sitting.json"));
    }
}
