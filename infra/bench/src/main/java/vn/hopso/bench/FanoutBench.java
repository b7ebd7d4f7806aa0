package vn.hopso.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * N delegate tabs follow one sitting while the chair moves between agenda items at a steady rate; measures how long
 * each {@code agenda.current} event takes from commit to every tab, and the server's live heap per connection, for
 * growing N. Sockets per account are capped by the server, so the benchmark first creates the accounts it needs (each
 * changes the password the secretariat gave it, as the server requires at a first login).
 */
final class FanoutBench {

    private static final String PASSWORD = "hopso2026";
    private static final int[] CLIENTS = {1_000, 5_000, 10_000};
    private static final int[] QUICK_CLIENTS = {500, 2_000};
    private static final double GOAL_P99_MS = 250;
    private static final double GOAL_HEAP_KIB_PER_CONNECTION = 50;
    /** The sockets one account may hold on the benchmark's server ({@code infra/bench/run} sets the cap). */
    private static final int SOCKETS_PER_ACCOUNT = 250;
    /** Accounts made at once: bcrypt, on the server, takes what the processors give. */
    private static final int ACCOUNT_THREADS = Runtime.getRuntime().availableProcessors();

    /** {@code serverSendMs}: per event, the time the server's lanes together spent handing it to the sockets. */
    record Step(int clients, double connectSeconds, int events, int expected, int received, double p50Ms,
            double p99Ms, double maxMs, double serverSendMs, double serverCpuPercent, double serverHeapMiB,
            double heapKiBPerConnection) {
    }

    private final URI base;
    private final long serverPid;
    private final int eventsPerStep;
    private final int[] clients;
    private String currentItem;
    private final double eventsPerSecond = 5;
    private final Path output;
    private final SocketFleet fleet = new SocketFleet();
    private final List<Listener> listeners = new ArrayList<>();

    FanoutBench(URI base, long serverPid, boolean quick, Path output) {
        this.base = base;
        this.serverPid = serverPid;
        this.eventsPerStep = quick ? 10 : 40;
        this.clients = quick ? QUICK_CLIENTS : CLIENTS;
        this.output = output;
    }

    void run() throws Exception {
        Session chair = Session.login(base, "chutoa", PASSWORD);
        String sitting = firstSitting(chair);
        int largest = java.util.Arrays.stream(clients).max().orElseThrow();
        String council = chair.get("/api/me").get("memberships").get(0).get("organisationId").asString();
        List<Session> delegates = new DelegateAccounts(base, Session.login(base, "thuky", PASSWORD), council)
                .create("bench", (largest + SOCKETS_PER_ACCOUNT - 1) / SOCKETS_PER_ACCOUNT, ACCOUNT_THREADS);
        List<String> items = chair.get("/api/sittings/" + sitting + "/view").get("agenda").valueStream()
                .map(item -> item.get("id").asString()).toList();
        RawWebSocket console = fleet.open(base, chair.cookieHeader(), new Listener());
        console.send("{\"type\":\"sitting.start\",\"sittingId\":\"" + sitting + "\"}");
        // The sitting starts at its first item; every move then names the item it starts from.
        currentItem = items.getFirst();
        ServerProbe probe = new ServerProbe(serverPid, chair);
        double idleHeapMiB = probe.liveHeapMiB();

        List<Step> steps = new ArrayList<>();
        header();
        for (int target : clients) {
            long connecting = System.nanoTime();
            connectUpTo(target, delegates, sitting);
            double connectSeconds = (System.nanoTime() - connecting) / 1e9;
            double perConnection = (probe.liveHeapMiB() - idleHeapMiB) * 1024 / target;
            steps.add(measure(target, connectSeconds, console, sitting, items, probe, perConnection));
            report(steps.getLast());
        }
        write(steps);
        fleet.close();
    }

    private Step measure(int n, double connectSeconds, RawWebSocket console, String sitting, List<String> items,
            ServerProbe probe, double heapKiBPerConnection) throws IOException {
        Latencies latencies = new Latencies();
        listeners.forEach(l -> l.recordInto(latencies));
        double cpuBefore = probe.cpuSeconds();
        double fanoutBefore = probe.fanoutSeconds();
        long started = System.nanoTime();
        long interval = (long) (1_000_000_000L / eventsPerSecond);
        for (int e = 0; e < eventsPerStep; e++) {
            long due = started + e * interval;
            LockSupport.parkNanos(Math.max(0, due - System.nanoTime()));
            String item = items.get((e + 1) % items.size());
            // Each move names the item it starts from, as the chair's console does.
            console.send("{\"type\":\"agenda.goto\",\"sittingId\":\"" + sitting + "\",\"itemId\":\"" + item
                    + "\",\"fromItemId\":" + (currentItem == null ? "null" : "\"" + currentItem + "\"") + "}");
            currentItem = item;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (latencies.count() < n * eventsPerStep && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        double wall = (System.nanoTime() - started) / 1e9;
        double cpu = (probe.cpuSeconds() - cpuBefore) / wall * 100;
        double sendMs = (probe.fanoutSeconds() - fanoutBefore) * 1000 / eventsPerStep;
        return new Step(n, connectSeconds, eventsPerStep, n * eventsPerStep, latencies.count(), latencies.percentileMillis(50),
                latencies.percentileMillis(99), latencies.percentileMillis(100), sendMs, cpu, probe.heapMiB(),
                heapKiBPerConnection);
    }

    private void connectUpTo(int target, List<Session> delegates, String sitting) {
        long lastSeq = delegates.getFirst().get("/api/sittings/" + sitting).get("lastSeq").asLong();
        List<SocketFleet.Tab> tabs = new ArrayList<>();
        for (int i = listeners.size(); i < target; i++) {
            Listener listener = new Listener();
            listeners.add(listener);
            tabs.add(new SocketFleet.Tab(base, delegates.get(i % delegates.size()).cookieHeader(), listener));
        }
        fleet.openSubscribed(tabs, sitting, lastSeq);
    }

    private static String firstSitting(Session chair) {
        JsonNode me = chair.get("/api/me");
        String organisation = me.get("memberships").get(0).get("organisationId").asString();
        String session = chair.get("/api/organisations/" + organisation + "/sessions").get(0).get("id").asString();
        return chair.get("/api/sessions/" + session + "/sittings").get(0).get("id").asString();
    }

    private static void report(Step step) {
        System.out.printf(Locale.ROOT, "%8d %9.1f %7d %9d/%-9d %9.1f %9.1f %9.1f %11.1f %8.0f%% %9.0f %9.1f%n",
                step.clients(), step.connectSeconds(), step.events(), step.received(), step.expected(), step.p50Ms(),
                step.p99Ms(), step.maxMs(), step.serverSendMs(), step.serverCpuPercent(), step.serverHeapMiB(),
                step.heapKiBPerConnection());
    }

    private void write(List<Step> steps) throws IOException {
        int held = steps.stream().filter(s -> s.p99Ms() < GOAL_P99_MS && s.received() == s.expected()
                        && s.heapKiBPerConnection() <= GOAL_HEAP_KIB_PER_CONNECTION)
                .mapToInt(Step::clients).max().orElse(0);
        System.out.printf(Locale.ROOT, "largest N with every event delivered, p99 < %.0f ms and at most %.0f KiB of heap "
                + "per connection: %d%n", GOAL_P99_MS, GOAL_HEAP_KIB_PER_CONNECTION, held);
        ObjectNode json = Session.JSON.createObjectNode();
        json.put("benchmark", "fanout");
        json.put("eventsPerSecond", eventsPerSecond);
        json.put("goalP99Ms", GOAL_P99_MS);
        json.put("goalHeapKiBPerConnection", GOAL_HEAP_KIB_PER_CONNECTION);
        json.put("largestClientsHeld", held);
        json.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        ArrayNode rows = json.putArray("steps");
        steps.forEach(step -> rows.add(Session.JSON.valueToTree(step)));
        Files.createDirectories(output);
        Files.writeString(output.resolve("fanout.json"), json.toPrettyString());
        System.out.println("written " + output.resolve("fanout.json"));
    }

    private static void header() {
        System.out.printf("%8s %9s %7s %19s %9s %9s %9s %11s %9s %9s %9s%n", "clients", "connect s", "events",
                "received/expected", "p50 ms", "p99 ms", "max ms", "srv send ms", "srv CPU", "heap MiB", "KiB/conn");
    }
}
