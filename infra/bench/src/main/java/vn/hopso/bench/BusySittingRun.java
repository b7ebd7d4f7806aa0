package vn.hopso.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One busy sitting on a set of nodes: the delegates' tabs spread over the nodes, the chair's console on the first, and
 * two screens of each other kind (the secretariat's, with the chair's, for the staff; the hall display and a guest for
 * the public) on the first and the last node, so that each kind has screens to compare. The chair opens the sitting;
 * every delegate checks in at a random moment of the check-in window; then, for each burst, some delegates ask to speak
 * on the current item within a moment, and the chair reorders the queue, gives the floor to two of them in turn, ends
 * each speech and moves to the next item; at the end the chair closes the sitting.
 */
final class BusySittingRun {

    private static final String ATTENDANCE = "attendance.changed";
    private static final String CHECK_IN = "attendance.check_in";
    private static final String REQUEST = "speakers.request";
    private static final int SPEECH_LIMIT_SECONDS = 120;
    private static final int SPEAKERS_PER_ITEM = 2;
    /** Longest wait for an answer to the commands of a stage, or for the chair's screen to show their effect. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);
    /** Longer than the server's heartbeat (20 s), at which each node fills any gap of its subscribers from the log. */
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(30);

    /** Who takes part: the demo council's own people, and the delegates made for the benchmark. */
    record People(Session chair, Session secretariat, Session hallDisplay, Session guest, List<Session> delegates) {

        /** The same people with only the first {@code count} delegates. */
        People first(int count) {
            return new People(chair, secretariat, hallDisplay, guest, delegates.subList(0, count));
        }
    }

    /** What the delegates and the chair do. */
    record Scenario(int delegates, Duration checkInWindow, int bursts, int burstSize, Duration burstSpread) {
    }

    /** Send-to-answer or commit-to-arrival times of one kind, in milliseconds. */
    record Figures(int count, double p50Ms, double p99Ms, double maxMs) {
        static Figures of(Latencies latencies) {
            return new Figures(latencies.count(), latencies.percentileMillis(50), latencies.percentileMillis(99),
                    latencies.percentileMillis(100));
        }
    }

    /** The check-ins: sent, accepted, and how long after the first was sent every screen showed every one. */
    record CheckIns(int sent, int accepted, double allShownSeconds) {
    }

    /**
     * What went wrong. {@code lostDeliveries}: events a screen may see that never reached it; {@code outOfOrder}:
     * events that came after one with a higher sequence number, or twice; {@code refusals}: commands the server
     * refused (the benchmark sends only valid ones).
     */
    record Faults(long lostDeliveries, int outOfOrder, List<String> socketsClosed, List<String> refusals,
            int unanswered) {
        boolean none() {
            return lostDeliveries == 0 && outOfOrder == 0 && socketsClosed.isEmpty() && refusals.isEmpty()
                    && unanswered == 0;
        }
    }

    /**
     * The processors while the run was timed: the servers' and the benchmark's own use (percent of one processor),
     * and the whole machine's load average and CPU pressure at its end (see {@link MachineLoad}).
     */
    record Load(double serversCpuPercent, double benchCpuPercent, double loadAverage, double cpuPressurePercent) {
    }

    /** What one run measured; commands from sending to {@code command.accepted}, deliveries from commit to screen. */
    record Result(int nodes, Map<String, Integer> screensPerNode, double connectSeconds, double timedSeconds,
            CheckIns checkIns, int speakerRequests, int chairActions, Figures commands, Figures checkInCommands,
            Figures requestCommands, Figures chairCommands, Map<String, Figures> commandsByType, Figures delivery,
            Map<String, Figures> deliveryByNode, Map<String, Figures> deliveryByType, Faults faults, Load load) {

        boolean faultless() {
            return checkIns.accepted() == checkIns.sent() && faults.none();
        }
    }

    private final List<Bench.Node> nodes;
    private final String sitting;
    private final People people;
    private final Scenario scenario;
    private final Random random;
    private final SocketFleet fleet = new SocketFleet();
    private final Commands commands = new Commands();
    /** Delivery latencies by node, then by event type. */
    private final Map<String, Map<String, Latencies>> deliveries = new LinkedHashMap<>();
    private final ChairScreen screen = new ChairScreen();
    private final Listener chairTab = new Listener(commands);
    /** Every screen by what it may see: within one kind, every screen must get the same events. */
    private final Map<String, List<Listener>> screens = new LinkedHashMap<>();
    private List<RawWebSocket> sockets;
    private RawWebSocket console;
    private int chairActions;

    BusySittingRun(List<Bench.Node> nodes, String sitting, People people, Scenario scenario, Random random) {
        this.nodes = nodes;
        this.sitting = sitting;
        this.people = people;
        this.scenario = scenario;
        this.random = random;
        nodes.forEach(node -> deliveries.put(node.name(), new ConcurrentHashMap<>()));
    }

    Result run() {
        long afterSeq = people.chair().get("/api/sittings/" + sitting).get("lastSeq").asLong();
        Map<String, Integer> screensPerNode = new LinkedHashMap<>();
        long connecting = System.nanoTime();
        connect(afterSeq, screensPerNode);
        double connectSeconds = seconds(System.nanoTime() - connecting);

        double serversCpuBefore = serverCpuSeconds();
        double benchCpuBefore = benchCpuSeconds();
        long started = System.nanoTime();
        chair("sitting.start", "");
        await(() -> screen.currentItem() != null, "the chair's screen to show the first item");
        long checkInStarted = System.nanoTime();
        int checkedIn = checkIns();
        double allCheckedIn = drained(() -> everyScreen().allMatch(t -> t.received(ATTENDANCE) >= checkedIn))
                ? seconds(lastArrival(ATTENDANCE) - checkInStarted) : Double.NaN;
        int requests = 0;
        for (int burst = 0; burst < scenario.bursts(); burst++) {
            String item = screen.currentItem();
            requests += burst(item);
            chairRound(item);
        }
        chair("sitting.end", "");
        long lastSeq = people.chair().get("/api/sittings/" + sitting).get("lastSeq").asLong();
        drained(() -> lost(afterSeq, lastSeq) == 0);
        double timed = seconds(System.nanoTime() - started);
        Load load = new Load((serverCpuSeconds() - serversCpuBefore) / timed * 100,
                (benchCpuSeconds() - benchCpuBefore) / timed * 100, MachineLoad.loadAverage(),
                MachineLoad.cpuPressurePercent());
        Faults faults = new Faults(lost(afterSeq, lastSeq), outOfOrder(), fleet.closedByServer(),
                commands.refusals(), commands.unanswered());
        fleet.close();

        Map<String, Figures> byNode = new LinkedHashMap<>();
        deliveries.forEach((node, byType) -> byNode.put(node, Figures.of(Latencies.of(byType.values()))));
        Map<String, List<Latencies>> ofType = new TreeMap<>();
        deliveries.values().forEach(byType -> byType.forEach((type, latencies) ->
                ofType.computeIfAbsent(type, t -> new ArrayList<>()).add(latencies)));
        Map<String, Figures> deliveryByType = new LinkedHashMap<>();
        ofType.forEach((type, latencies) -> deliveryByType.put(type, Figures.of(Latencies.of(latencies))));
        Map<String, Figures> byType = new LinkedHashMap<>();
        commands.byType().forEach((type, latencies) -> byType.put(type, Figures.of(latencies)));
        return new Result(nodes.size(), screensPerNode, connectSeconds, timed,
                new CheckIns(people.delegates().size(), checkedIn, allCheckedIn), requests, chairActions,
                Figures.of(commands.of(type -> true)), Figures.of(commands.of(CHECK_IN::equals)),
                Figures.of(commands.of(REQUEST::equals)),
                Figures.of(commands.of(type -> !type.equals(CHECK_IN) && !type.equals(REQUEST))), byType,
                Figures.of(Latencies.of(deliveries.values().stream().flatMap(node -> node.values().stream())
                        .toList())), byNode, deliveryByType, faults, load);
    }

    /** The chair's console, the other staff and public screens, then one tab per delegate, spread over the nodes. */
    private void connect(long afterSeq, Map<String, Integer> screensPerNode) {
        Bench.Node first = nodes.getFirst();
        Bench.Node last = nodes.getLast();
        chairTab.recordByType(on(first));
        console = fleet.open(first.base(), people.chair().cookieHeader(), chairTab.andThen(screen));
        SocketFleet.send(console, "{\"type\":\"sitting.subscribe\",\"sittingId\":\"" + sitting + "\",\"afterSeq\":"
                + afterSeq + "}");
        chairTab.subscribed.orTimeout(ANSWER_TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
        screensPerNode.put(first.name(), 1);
        screens.put("staff", new ArrayList<>(List.of(chairTab)));
        List<SocketFleet.Tab> others = new ArrayList<>();
        others.add(tab("staff", last, people.secretariat(), screensPerNode));
        others.add(tab("public", first, people.hallDisplay(), screensPerNode));
        others.add(tab("public", last, people.guest(), screensPerNode));
        fleet.openSubscribed(others, sitting, afterSeq);
        List<SocketFleet.Tab> opening = new ArrayList<>();
        for (int i = 0; i < people.delegates().size(); i++) {
            opening.add(tab("delegates", nodes.get(i % nodes.size()), people.delegates().get(i), screensPerNode));
        }
        sockets = fleet.openSubscribed(opening, sitting, afterSeq);
    }

    private SocketFleet.Tab tab(String kind, Bench.Node node, Session who, Map<String, Integer> screensPerNode) {
        Listener listener = new Listener(commands);
        listener.recordByType(on(node));
        screens.computeIfAbsent(kind, k -> new ArrayList<>()).add(listener);
        screensPerNode.merge(node.name(), 1, Integer::sum);
        return new SocketFleet.Tab(node.base(), who.cookieHeader(), listener);
    }

    /** Where the screens on the node record each event type's deliveries. */
    private Function<String, Latencies> on(Bench.Node node) {
        Map<String, Latencies> byType = deliveries.get(node.name());
        return type -> byType.computeIfAbsent(type, t -> new Latencies());
    }

    /** Every delegate checks in once, at a random moment of the window; returns how many were accepted. */
    private int checkIns() {
        List<Integer> everyone = new ArrayList<>(IntStream.range(0, people.delegates().size()).boxed().toList());
        Collections.shuffle(everyone, random);
        return sendSpread(everyone, scenario.checkInWindow(), CHECK_IN, "");
    }

    /** Some delegates ask to speak on the item within a moment; the chair waits until its screen shows them all. */
    private int burst(String item) {
        List<Integer> everyone = new ArrayList<>(IntStream.range(0, people.delegates().size()).boxed().toList());
        Collections.shuffle(everyone, random);
        int accepted = sendSpread(everyone.subList(0, scenario.burstSize()), scenario.burstSpread(),
                REQUEST, ",\"itemId\":\"" + item + "\",\"kind\":\"DISCUSSION\",\"addressee\":null");
        await(() -> screen.waiting(item).size() >= accepted, "the chair's screen to show the requests to speak");
        return accepted;
    }

    /**
     * The chair puts the latest request first, gives the floor to the first speakers in turn and ends each speech,
     * then moves to the next item: each action once the screen shows the one before, as at the console.
     */
    private void chairRound(String item) {
        List<String> order = new ArrayList<>(screen.waiting(item));
        if (order.size() > 1) {
            order.addFirst(order.removeLast());
            chair("speakers.reorder", ",\"itemId\":\"" + item + "\",\"requestIds\":["
                    + String.join(",", order.stream().map(id -> "\"" + id + "\"").toList()) + "]");
            await(() -> screen.waiting(item).equals(order), "the chair's screen to show the new order");
        }
        for (String request : order.subList(0, Math.min(SPEAKERS_PER_ITEM, order.size()))) {
            chair("floor.give", ",\"requestId\":\"" + request + "\",\"limitSeconds\":" + SPEECH_LIMIT_SECONDS);
            await(() -> "SPEAKING".equals(screen.state(item, request)), "the chair's screen to show the speaker");
            chair("floor.end", "");
            await(() -> "DONE".equals(screen.state(item, request)), "the chair's screen to show the speech ended");
        }
        chair("agenda.next", ",\"fromItemId\":\"" + item + "\"");
        await(() -> !item.equals(screen.currentItem()), "the chair's screen to show the next item");
    }

    /**
     * The delegates send the command in the order given, at random moments within {@code spread}; waits for every
     * answer and returns how many were accepted.
     */
    private int sendSpread(List<Integer> who, Duration spread, String type, String fields) {
        long[] offsets = random.longs(who.size(), 0, spread.toNanos()).sorted().toArray();
        long start = System.nanoTime();
        List<CompletableFuture<Void>> answers = new ArrayList<>();
        for (int i = 0; i < who.size(); i++) {
            LockSupport.parkNanos(start + offsets[i] - System.nanoTime());
            answers.add(commands.send(sockets.get(who.get(i)), type, sittingField() + fields));
        }
        try {
            CompletableFuture.allOf(answers.stream().map(a -> a.exceptionally(refused -> null))
                    .toArray(CompletableFuture[]::new)).get(ANSWER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // the unanswered and refused ones are counted by Commands
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return (int) answers.stream().filter(a -> a.isDone() && !a.isCompletedExceptionally()).count();
    }

    /** A command from the chair's console; the chair waits for its answer, and a refusal ends the run. */
    private void chair(String type, String fields) {
        chairActions++;
        commands.send(console, type, sittingField() + fields)
                .orTimeout(ANSWER_TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /**
     * Deliveries missing: every screen must have every event that a screen of its kind got (screens of one kind see
     * the same), and a number of the log that no screen got counts as missing on every screen.
     */
    private long lost(long afterSeq, long lastSeq) {
        BitSet anyone = new BitSet();
        long lost = 0;
        for (List<Listener> kind : screens.values()) {
            List<BitSet> seen = kind.stream().map(Listener::seen).toList();
            BitSet kindSaw = new BitSet();
            seen.forEach(kindSaw::or);
            for (BitSet screenSaw : seen) {
                BitSet missing = (BitSet) kindSaw.clone();
                missing.andNot(screenSaw);
                lost += missing.cardinality();
            }
            anyone.or(kindSaw);
        }
        BitSet nobody = new BitSet();
        nobody.set(Math.toIntExact(afterSeq + 1), Math.toIntExact(lastSeq + 1));
        nobody.andNot(anyone);
        return lost + nobody.cardinality() * everyScreen().count();
    }

    private Stream<Listener> everyScreen() {
        return screens.values().stream().flatMap(List::stream);
    }

    private int outOfOrder() {
        return everyScreen().mapToInt(Listener::outOfOrder).sum();
    }

    private long lastArrival(String type) {
        return everyScreen().mapToLong(tab -> tab.lastArrivalNanos(type)).max().orElse(0);
    }

    private double serverCpuSeconds() {
        return nodes.stream().mapToDouble(node -> ServerProbe.cpuSeconds(node.pid())).sum();
    }

    private static double benchCpuSeconds() {
        return ServerProbe.cpuSeconds(ProcessHandle.current().pid());
    }

    private String sittingField() {
        return "\"sittingId\":\"" + sitting + "\"";
    }

    /**
     * Waits for what the chair needs to see before acting, looking as often as a quick person would; not seeing it
     * within the timeout ends the run.
     */
    private static void await(BooleanSupplier condition, String what) {
        if (!await(condition, ANSWER_TIMEOUT, Duration.ofMillis(5))) {
            throw new IllegalStateException("gave up waiting for " + what);
        }
    }

    /** Waits for every tab to have what it should; looks seldom, to leave the processors to the servers. */
    private static boolean drained(BooleanSupplier condition) {
        return await(condition, DRAIN_TIMEOUT, Duration.ofMillis(50));
    }

    private static boolean await(BooleanSupplier condition, Duration timeout, Duration every) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(every.toNanos());
        }
        return true;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
