package vn.hopso.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import vn.hopso.bench.BusySittingRun.Figures;

/**
 * One ballot of a vote burst: the chair creates and opens it; once every delegate's screen shows they may vote, each
 * delegate votes once at a random moment of the burst; once every vote is acknowledged (or, after a node was killed,
 * retried from a tab on a surviving node), the chair closes it and every screen waits for the result. Then the server
 * is asked what it counted and whether the ballot's chain of records verifies.
 */
final class BallotBurst {

    private static final List<String> CHOICES = List.of("YES", "NO", "ABSTAIN");
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    /** What the ballot is, and how its votes come. {@code killAfter}: when to kill the last node; null: never. */
    record Plan(String label, String title, boolean secret, Duration spread, Duration killAfter) {
    }

    /**
     * What the server counted against what the delegates were acknowledged: {@code counted} the voters in the
     * result's turnout, {@code expected} and {@code countedByChoice} the choices acknowledged and counted.
     */
    record Check(int acknowledged, int counted, Map<String, Integer> expected, Map<String, Integer> countedByChoice,
            int progressVoted, boolean chainIntact, List<String> chainProblems) {

        boolean passed() {
            return acknowledged == counted && expected.equals(countedByChoice) && progressVoted == counted
                    && chainIntact && chainProblems.isEmpty();
        }
    }

    /** The retries after a node was killed: votes sent again from a new tab, and how many were acknowledged. */
    record Retries(int unacknowledgedAtKill, int retried, int acknowledgedOnRetry, int repeated, double lastAckSeconds) {
    }

    /**
     * What one ballot measured. {@code ack}: first sending to {@code command.accepted}, votes acknowledged at the
     * first attempt; {@code recorded}: first sending to {@code ballot.recorded}; {@code result}: the chair's close to
     * the result on each screen.
     */
    record Outcome(String label, boolean secret, int nodes, int voters, int sent, int acknowledged, List<String> refusals,
            double burstSeconds, Figures ack, Figures recorded, int screens, int screensWithResult, Figures result,
            Retries retries, Check check, BusySittingRun.Load load) {

        boolean passed() {
            return refusals.isEmpty() && acknowledged == voters && screensWithResult == screens && check.passed();
        }
    }

    private final VoteBurstHall hall;
    private final Random random;

    BallotBurst(VoteBurstHall hall, Random random) {
        this.hall = hall;
        this.random = random;
    }

    Outcome run(Plan plan) {
        hall.chair("ballot.create", ",\"itemId\":\"" + hall.item() + "\",\"kind\":\"MOTION\",\"title\":\""
                + plan.title() + "\",\"secret\":" + plan.secret());
        String ballot = awaitValue(() -> hall.chairScreen().idOf(plan.title()), "the chair's screen to show the ballot");
        hall.chair("ballot.open", ",\"ballotId\":\"" + ballot + "\"");
        List<Voter> voters = hall.voters();
        await(() -> voters.stream().allMatch(v -> v.screen().entitledTo(ballot)),
                "every delegate's screen to offer the ballot paper");

        double serversCpuBefore = hall.serverCpuSeconds();
        double benchCpuBefore = ServerProbe.cpuSeconds(ProcessHandle.current().pid());
        long started = System.nanoTime();
        long[] offsets = random.longs(voters.size(), 0, plan.spread().toNanos()).sorted().toArray();
        List<Voter> order = new ArrayList<>(voters);
        java.util.Collections.shuffle(order, random);
        boolean killed = false;
        int sent = 0;
        int unacknowledgedAtKill = 0;
        for (int i = 0; i < order.size(); i++) {
            long due = started + offsets[i];
            if (plan.killAfter() != null && !killed && due - started >= plan.killAfter().toNanos()) {
                unacknowledgedAtKill = hall.killLastNode(ballot);
                killed = true;
            }
            LockSupport.parkNanos(due - System.nanoTime());
            if (order.get(i).cast(ballot, CHOICES.get(random.nextInt(CHOICES.size())))) {
                sent++;
            }
        }
        double burstSeconds = (System.nanoTime() - started) / 1e9;
        Retries retries = null;
        if (killed) {
            long retrying = System.nanoTime();
            await(() -> voters.stream().allMatch(v -> hall.onSurvivingNode(v) ? v.vote(ballot).acknowledged()
                    : hall.tabGone(v)), "the votes on the surviving node to be acknowledged");
            List<Voter> unacknowledged = voters.stream().filter(v -> !v.vote(ballot).acknowledged()).toList();
            hall.reconnectToSurvivingNode(voters.stream().filter(v -> !hall.onSurvivingNode(v)).toList());
            int retried = (int) unacknowledged.stream().filter(v -> v.cast(ballot, null)).count();
            await(() -> unacknowledged.stream().allMatch(v -> v.vote(ballot).acknowledged()),
                    "every retried vote to be acknowledged");
            retries = new Retries(unacknowledgedAtKill, retried, (int) unacknowledged.stream()
                    .filter(v -> v.vote(ballot).acknowledged()).count(),
                    (int) unacknowledged.stream().filter(v -> v.vote(ballot).repeated()).count(),
                    (System.nanoTime() - retrying) / 1e9);
        } else {
            awaitQuietly(() -> voters.stream().allMatch(v -> v.vote(ballot).acknowledged()
                    || v.vote(ballot).refusal() != null));
        }
        Latencies ack = new Latencies();
        Latencies recorded = new Latencies();
        voters.stream().map(v -> v.vote(ballot)).filter(v -> v.acknowledged() && v.attempts() == 1).forEach(v -> {
            ack.record((v.ackNanos() - v.sentNanos()) / 1_000);
            if (v.recordedNanos() != null) {
                recorded.record((v.recordedNanos() - v.sentNanos()) / 1_000);
            }
        });
        awaitQuietly(() -> hall.chairProgress(ballot) >= (int) voters.stream()
                .filter(v -> v.vote(ballot).acknowledged()).count());

        long closing = System.nanoTime();
        hall.chair("ballot.close", ",\"ballotId\":\"" + ballot + "\"");
        List<BallotScreen> screens = hall.screens();
        awaitQuietly(() -> screens.stream().allMatch(s -> s.resultArrivedNanos(ballot) != null));
        double timed = (System.nanoTime() - started) / 1e9;
        BusySittingRun.Load load = new BusySittingRun.Load((hall.serverCpuSeconds() - serversCpuBefore) / timed * 100,
                (ServerProbe.cpuSeconds(ProcessHandle.current().pid()) - benchCpuBefore) / timed * 100,
                MachineLoad.loadAverage(), MachineLoad.cpuPressurePercent());
        Latencies result = new Latencies();
        screens.stream().map(s -> s.resultArrivedNanos(ballot)).filter(at -> at != null)
                .forEach(at -> result.record((at - closing) / 1_000));

        List<String> refusals = voters.stream().map(v -> v.vote(ballot).refusal()).filter(r -> r != null).toList();
        int acknowledged = (int) voters.stream().filter(v -> v.vote(ballot).acknowledged()).count();
        return new Outcome(plan.label(), plan.secret(), hall.nodesVoting(), voters.size(), sent, acknowledged,
                refusals, burstSeconds, Figures.of(ack), Figures.of(recorded), screens.size(), result.count(),
                Figures.of(result), retries, check(ballot, voters), load);
    }

    /** The server's count, its progress figure and its verifier, against the acknowledged votes. */
    private Check check(String ballot, List<Voter> voters) {
        Map<String, Integer> expected = new TreeMap<>();
        CHOICES.forEach(choice -> expected.put(choice, 0));
        voters.stream().map(v -> v.vote(ballot)).filter(Voter.Vote::acknowledged)
                .forEach(v -> expected.merge(v.choice(), 1, Integer::sum));
        JsonNode shown = hall.staff().get("/api/sittings/" + hall.sitting() + "/view").get("ballots").valueStream()
                .filter(b -> b.get("id").asString().equals(ballot)).findFirst().orElseThrow();
        JsonNode result = shown.get("result");
        Map<String, Integer> counted = new TreeMap<>();
        result.get("lines").get(0).get("counts").forEach(count -> counted.put(count.get("mark").asString(),
                count.get("count").asInt()));
        JsonNode verification = hall.staff().get("/api/sittings/" + hall.sitting() + "/ballots/verification")
                .valueStream().filter(v -> v.get("ballotId").asString().equals(ballot)).findFirst().orElseThrow();
        List<String> problems = verification.get("problems").valueStream().map(JsonNode::toString).toList();
        return new Check((int) voters.stream().filter(v -> v.vote(ballot).acknowledged()).count(),
                result.get("turnout").get("voted").get("count").asInt(), expected, counted,
                hall.chairProgress(ballot), verification.get("intact").asBoolean(), problems);
    }

    private static <T> T awaitValue(Supplier<T> value, String what) {
        await(() -> value.get() != null, what);
        return value.get();
    }

    private static void await(BooleanSupplier condition, String what) {
        if (!awaitQuietly(condition)) {
            throw new IllegalStateException("gave up waiting for " + what);
        }
    }

    /** Waits until the condition holds or the answer timeout passes; false when it did not hold in time. */
    static boolean awaitQuietly(BooleanSupplier condition) {
        long deadline = System.nanoTime() + ANSWER_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
        return true;
    }
}
