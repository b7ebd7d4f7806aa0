package vn.hopso.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.hopso.bench.BallotBurst.Outcome;
import vn.hopso.bench.BallotBurst.Plan;

/**
 * Issue 14's vote burst: 500 delegates present, each casting one vote over their WebSocket within 2 seconds, on a
 * named ballot and then on a secret one. Measures each vote from sending to its acknowledgement
 * ({@code command.accepted}) and the chair's close to the result on every screen, and checks with the server that it
 * counted every acknowledged vote once (the result's turnout and counts, the staff's count of voters, the ballot's
 * chain of records verified). On two nodes the delegates' tabs are split over both; with a kill, a third ballot's
 * burst loses the second node's process halfway, and its delegates reconnect to the first and send again, with the
 * same {@code commandId}, every vote not acknowledged.
 */
final class VoteBurstBench {

    private static final String PASSWORD = "hopso2026";
    private static final double GOAL_ACK_P99_MS = 200;
    private static final double GOAL_RESULT_MS = 500;
    private static final int DELEGATES = 500;
    private static final int QUICK_DELEGATES = 100;
    private static final Duration BURST = Duration.ofSeconds(2);
    /** Votes spread wider, untimed, so that the servers' code is compiled before the measured bursts. */
    private static final Duration WARM_UP_BURST = Duration.ofSeconds(4);
    private static final int ACCOUNT_THREADS = Runtime.getRuntime().availableProcessors();

    private final List<Bench.Node> nodes;
    private final boolean quick;
    private final boolean kill;
    private final Path output;
    private final Random random = new Random(14);

    VoteBurstBench(List<Bench.Node> nodes, boolean quick, boolean kill, Path output) {
        if (nodes.size() > 2 || (kill && nodes.size() != 2)) {
            throw new IllegalArgumentException("vote-burst runs on one node or two (the kill needs two), not "
                    + nodes.size());
        }
        this.nodes = nodes;
        this.quick = quick;
        this.kill = kill;
        this.output = output;
    }

    /** @return whether every vote was acknowledged and counted once, and every screen got every result */
    boolean run() throws IOException {
        Bench.Node first = nodes.getFirst();
        Session chair = Session.login(first.base(), "chutoa", PASSWORD);
        Session secretariat = Session.login(first.base(), "thuky", PASSWORD);
        String council = chair.get("/api/me").get("memberships").get(0).get("organisationId").asString();
        String sitting = BusySittingBench.sittings(secretariat, council, 1, 1).getFirst();
        String item = secretariat.get("/api/sittings/" + sitting + "/view").get("agenda").get(0).get("id").asString();
        int count = quick ? QUICK_DELEGATES : DELEGATES;
        long preparing = System.nanoTime();
        List<Session> delegates = new DelegateAccounts(first.base(), secretariat, council)
                .create("bo-phieu", count, ACCOUNT_THREADS);
        double accountSeconds = (System.nanoTime() - preparing) / 1e9;
        VoteBurstHall.People people = new VoteBurstHall.People(chair, secretariat,
                Session.login(first.base(), "hoitruong", PASSWORD), Session.login(first.base(), "khachmoi", PASSWORD),
                delegates);
        List<Outcome> outcomes = new ArrayList<>();
        try (VoteBurstHall hall = new VoteBurstHall(nodes, sitting, item, people)) {
            double openSeconds = hall.open();
            System.out.printf(Locale.ROOT, "set-up, not timed: %d delegate accounts in %.1f s; %d screens opened on "
                    + "%d node(s), the sitting started and every delegate checked in, in %.1f s%n", count,
                    accountSeconds, hall.screens().size(), nodes.size(), openSeconds);
            if (quick) {
                System.out.printf(Locale.ROOT, "--quick: %d delegates instead of %d, no warm-up ballot; the burst "
                        + "still lasts %.0f s%n", QUICK_DELEGATES, DELEGATES, BURST.toMillis() / 1000.0);
            }
            BallotBurst burst = new BallotBurst(hall, random);
            if (!quick) {
                Outcome warmUp = burst.run(new Plan("warm-up", "Khởi động", false, WARM_UP_BURST, null));
                System.out.printf(Locale.ROOT, "warm-up, not reported: a named ballot with the votes within %.0f s "
                        + "(%s)%n", WARM_UP_BURST.toMillis() / 1000.0, warmUp.passed() ? "counted right" : "FAULT");
                if (!warmUp.passed()) {
                    outcomes.add(warmUp);
                }
            }
            header();
            List<Plan> plans = new ArrayList<>(List.of(
                    new Plan("named", "Biểu quyết công khai", false, BURST, null),
                    new Plan("secret", "Biểu quyết kín", true, BURST, null)));
            if (kill) {
                plans.add(new Plan("kill " + nodes.getLast().name(), "Biểu quyết khi mất một máy chủ", false, BURST,
                        BURST.dividedBy(2)));
            }
            for (Plan plan : plans) {
                Outcome outcome = burst.run(plan);
                report(outcome);
                outcomes.add(outcome);
            }
            boolean passed = outcomes.stream().allMatch(Outcome::passed) && hall.refusals().isEmpty();
            goals(outcomes);
            outcomes.stream().filter(o -> !o.passed()).forEach(VoteBurstBench::faults);
            hall.refusals().forEach(refusal -> System.out.println("FAULT: refused " + refusal));
            write(outcomes, accountSeconds);
            return passed;
        }
    }

    private static void header() {
        System.out.println("nodes: voting at the close (one after a kill); acked: votes acknowledged / sent at the "
                + "first attempt (a kill's retries are acknowledged beyond them); ack and res(ult) in ms");
        System.out.printf("%-8s %5s %6s %9s %7s %7s %7s %9s %7s %7s %7s %8s %7s %8s %7s %5s%n", "ballot", "nodes",
                "voters", "acked", "ack p50", "ack p99", "ack max", "screens", "res p50", "res p99", "res max",
                "counted", "chain", "srv CPU", "bench", "load");
    }

    private static void report(Outcome o) {
        System.out.printf(Locale.ROOT, "%-8s %5d %6d %4d/%-4d %7.1f %7.1f %7.1f %4d/%-4d %7.1f %7.1f %7.1f %8d %7s "
                + "%7.0f%% %6.0f%% %5.1f%n", o.label(), o.nodes(), o.voters(), o.acknowledged(), o.sent(),
                o.ack().p50Ms(), o.ack().p99Ms(), o.ack().maxMs(), o.screensWithResult(), o.screens(),
                o.result().p50Ms(), o.result().p99Ms(), o.result().maxMs(), o.check().counted(),
                o.check().chainIntact() && o.check().chainProblems().isEmpty() ? "intact" : "BROKEN",
                o.load().serversCpuPercent(), o.load().benchCpuPercent(), o.load().loadAverage());
        System.out.printf(Locale.ROOT, "         votes sent within %.2f s; ballot.recorded p50/p99 %.1f/%.1f ms after "
                + "sending; counted by choice %s (acknowledged: %s); the staff's count of voters %d%n",
                o.burstSeconds(), o.recorded().p50Ms(), o.recorded().p99Ms(), o.check().countedByChoice(),
                o.check().expected(), o.check().progressVoted());
        if (o.retries() != null) {
            BallotBurst.Retries r = o.retries();
            System.out.printf(Locale.ROOT, "         node killed: %d votes on it unacknowledged at the kill; after "
                    + "reconnecting, %d retried with their commandId, %d acknowledged (%d of them already counted: "
                    + "repeated), the last %.1f s after the survivors' acknowledgements%n", r.unacknowledgedAtKill(),
                    r.retried(), r.acknowledgedOnRetry(), r.repeated(), r.lastAckSeconds());
        }
    }

    private static void goals(List<Outcome> outcomes) {
        for (Outcome o : outcomes) {
            System.out.printf(Locale.ROOT, "%s on %d node(s): ack p99 %.1f ms (goal < %.0f ms: %s), result on every "
                    + "screen %.1f ms after the close (goal < %.0f ms: %s), %s%n", o.label(), o.nodes(),
                    o.ack().p99Ms(), GOAL_ACK_P99_MS, verdict(o.ack().p99Ms() < GOAL_ACK_P99_MS), o.result().maxMs(),
                    GOAL_RESULT_MS, verdict(o.result().maxMs() < GOAL_RESULT_MS), o.passed()
                            ? "0 lost, 0 counted twice, verifier passed" : "FAULT");
        }
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    private static void faults(Outcome o) {
        System.out.printf(Locale.ROOT, "FAULT in the %s ballot: %d of %d votes acknowledged, %d refused, %d of %d "
                + "screens got the result, %d counted of %d acknowledged, by choice %s against %s, the staff's "
                + "count %d, chain %s %s%n", o.label(), o.acknowledged(), o.voters(), o.refusals().size(),
                o.screensWithResult(), o.screens(), o.check().counted(), o.check().acknowledged(),
                o.check().countedByChoice(), o.check().expected(), o.check().progressVoted(),
                o.check().chainIntact() ? "intact" : "BROKEN", o.check().chainProblems());
        o.refusals().stream().limit(5).forEach(refusal -> System.out.println("  refused: " + refusal));
    }

    private void write(List<Outcome> outcomes, double accountSeconds) throws IOException {
        ObjectNode json = Session.JSON.createObjectNode();
        json.put("benchmark", "vote-burst");
        json.put("quick", quick);
        json.put("delegates", quick ? QUICK_DELEGATES : DELEGATES);
        json.put("burstSeconds", BURST.toMillis() / 1000.0);
        json.put("goalAckP99Ms", GOAL_ACK_P99_MS);
        json.put("goalResultMs", GOAL_RESULT_MS);
        json.put("accountSetUpSeconds", accountSeconds);
        json.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        ArrayNode ballots = json.putArray("ballots");
        outcomes.forEach(outcome -> ballots.add(Session.JSON.valueToTree(outcome)));
        Files.createDirectories(output);
        Files.writeString(output.resolve("vote-burst.json"), json.toPrettyString());
        System.out.println("written " + output.resolve("vote-burst.json"));
    }
}
