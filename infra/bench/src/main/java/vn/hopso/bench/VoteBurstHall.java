package vn.hopso.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The sitting of a vote burst and every screen following it: the chair's console and the secretariat's screen (the
 * staff, who see the count of voters), the hall display and a guest (the public), and one tab per delegate, the
 * delegates spread over the nodes. Opens them, has the chair start the sitting and every delegate check in, and on
 * request kills the last node and reconnects its delegates to the first, as their browsers would.
 */
final class VoteBurstHall implements AutoCloseable {

    private static final String CHECK_IN = "attendance.check_in";
    /** Check-ins awaiting their answer at once: they are set-up, not measured, and each reaches every screen. */
    private static final int CHECK_INS_AT_ONCE = 10;
    private static final long ANSWER_SECONDS = 60;

    /** Who takes part: the demo council's own people and the delegates made for the benchmark. */
    record People(Session chair, Session secretariat, Session hallDisplay, Session guest, List<Session> delegates) {
    }

    private final List<Bench.Node> nodes;
    private final String sitting;
    private final String item;
    private final People people;
    private final SocketFleet fleet = new SocketFleet();
    private final Commands commands = new Commands();
    private final BallotScreen chairScreen = new BallotScreen();
    private final List<BallotScreen> otherScreens = new ArrayList<>();
    private final List<Voter> voters = new ArrayList<>();
    /** The node each delegate's tab is on, by the delegate's number. */
    private final List<Bench.Node> nodeOf = new ArrayList<>();
    private RawWebSocket console;
    private boolean lastNodeKilled;
    /** The CPU seconds the killed node had used when it was killed: its share of every measurement that spans it. */
    private double killedNodeCpuSeconds;

    VoteBurstHall(List<Bench.Node> nodes, String sitting, String item, People people) {
        this.nodes = nodes;
        this.sitting = sitting;
        this.item = item;
        this.people = people;
    }

    /** Opens every screen, starts the sitting and checks every delegate in; returns the seconds that took. */
    double open() {
        long started = System.nanoTime();
        long afterSeq = lastSeq();
        Bench.Node first = nodes.getFirst();
        Bench.Node last = nodes.getLast();
        Listener chairTab = new Listener(commands).alsoTo(chairScreen);
        console = fleet.open(first.base(), people.chair().cookieHeader(), chairTab);
        SocketFleet.send(console, subscribe(afterSeq));
        chairTab.subscribed.orTimeout(ANSWER_SECONDS, TimeUnit.SECONDS).join();
        fleet.openSubscribed(List.of(screen(last, people.secretariat()), screen(first, people.hallDisplay()),
                screen(last, people.guest())), sitting, afterSeq);
        List<SocketFleet.Tab> tabs = new ArrayList<>();
        List<BallotScreen> delegateScreens = new ArrayList<>();
        for (int i = 0; i < people.delegates().size(); i++) {
            Bench.Node node = nodes.get(i % nodes.size());
            Voter voter = new Voter(sitting, i);
            BallotScreen screen = new BallotScreen();
            voters.add(voter);
            nodeOf.add(node);
            delegateScreens.add(screen);
            tabs.add(new SocketFleet.Tab(node.base(), people.delegates().get(i).cookieHeader(),
                    new Listener(commands).alsoTo(screen.andThen(voter))));
        }
        List<RawWebSocket> sockets = fleet.openSubscribed(tabs, sitting, afterSeq);
        for (int i = 0; i < voters.size(); i++) {
            voters.get(i).attach(sockets.get(i), delegateScreens.get(i));
        }
        chair("sitting.start", "");
        checkIn();
        return (System.nanoTime() - started) / 1e9;
    }

    private SocketFleet.Tab screen(Bench.Node node, Session who) {
        BallotScreen screen = new BallotScreen();
        otherScreens.add(screen);
        return new SocketFleet.Tab(node.base(), who.cookieHeader(), new Listener(commands).alsoTo(screen));
    }

    /**
     * Every delegate checks in, with at most a few check-ins awaiting their answer at once: paced by the server, which
     * sends each to every screen, so that none waits long enough for its turn to be refused as busy.
     */
    private void checkIn() {
        Semaphore window = new Semaphore(CHECK_INS_AT_ONCE);
        List<CompletableFuture<Void>> answers = new ArrayList<>();
        for (Voter voter : voters) {
            window.acquireUninterruptibly();
            CompletableFuture<Void> answer = commands.send(voter.tab(), CHECK_IN, sittingField());
            answer.whenComplete((done, refused) -> window.release());
            answers.add(answer);
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).orTimeout(ANSWER_SECONDS, TimeUnit.SECONDS)
                .join();
    }

    /** A command from the chair's console; the chair waits for its answer, and a refusal ends the run. */
    void chair(String type, String fields) {
        commands.send(console, type, sittingField() + fields).orTimeout(ANSWER_SECONDS, TimeUnit.SECONDS).join();
    }

    /**
     * Kills the last node's process (as a power cut would: no shutdown) in the middle of a ballot's burst; returns
     * how many of its delegates had voted on the ballot without an acknowledgement yet.
     */
    int killLastNode(String ballot) {
        if (nodes.size() < 2) {
            throw new IllegalStateException("killing a node needs two");
        }
        Bench.Node last = nodes.getLast();
        int unacknowledged = 0;
        for (int i = 0; i < voters.size(); i++) {
            Voter.Vote vote = voters.get(i).vote(ballot);
            if (nodeOf.get(i) == last && vote != null && !vote.acknowledged()) {
                unacknowledged++;
            }
        }
        killedNodeCpuSeconds = ServerProbe.cpuSeconds(last.pid());
        ProcessHandle process = ProcessHandle.of(last.pid()).orElseThrow(() -> new IllegalStateException(
                "node " + last.name() + " is not running"));
        process.destroyForcibly();
        process.onExit().orTimeout(ANSWER_SECONDS, TimeUnit.SECONDS).join();
        lastNodeKilled = true;
        return unacknowledged;
    }

    boolean onSurvivingNode(Voter voter) {
        return !lastNodeKilled || nodeOf.get(voters.indexOf(voter)) != nodes.getLast();
    }

    /** Whether the voter's tab is closed: the server closed it, or its node died. */
    boolean tabGone(Voter voter) {
        return !voter.tab().channel().isOpen();
    }

    /** New tabs on the first node for these delegates, following the sitting from now, as a browser reconnects. */
    void reconnectToSurvivingNode(List<Voter> moving) {
        Bench.Node first = nodes.getFirst();
        long afterSeq = lastSeq();
        List<SocketFleet.Tab> tabs = new ArrayList<>();
        List<BallotScreen> screens = new ArrayList<>();
        for (Voter voter : moving) {
            int number = voters.indexOf(voter);
            BallotScreen screen = new BallotScreen();
            screens.add(screen);
            tabs.add(new SocketFleet.Tab(first.base(), people.delegates().get(number).cookieHeader(),
                    new Listener(commands).alsoTo(screen.andThen(voter))));
            nodeOf.set(number, first);
        }
        List<RawWebSocket> sockets = fleet.openSubscribed(tabs, sitting, afterSeq);
        for (int i = 0; i < moving.size(); i++) {
            moving.get(i).attach(sockets.get(i), screens.get(i));
        }
    }

    /** Every screen still open: the staff's, the public's, and each delegate's current tab. */
    List<BallotScreen> screens() {
        List<BallotScreen> all = new ArrayList<>();
        all.add(chairScreen);
        all.addAll(lastNodeKilled ? otherScreens.subList(1, 2) : otherScreens);
        voters.forEach(voter -> all.add(voter.screen()));
        return all;
    }

    /** How many have voted on the ballot, as the chair's screen shows. */
    int chairProgress(String ballot) {
        return chairScreen.voted(ballot);
    }

    /** The nodes delegates vote through now. */
    int nodesVoting() {
        return lastNodeKilled ? nodes.size() - 1 : nodes.size();
    }

    double serverCpuSeconds() {
        return killedNodeCpuSeconds + nodes.stream().filter(node -> !lastNodeKilled || node != nodes.getLast())
                .mapToDouble(node -> ServerProbe.cpuSeconds(node.pid())).sum();
    }

    BallotScreen chairScreen() {
        return chairScreen;
    }

    List<Voter> voters() {
        return voters;
    }

    String sitting() {
        return sitting;
    }

    String item() {
        return item;
    }

    Session staff() {
        return people.secretariat();
    }

    /** Commands refused or unanswered apart from the votes (which each {@link Voter} keeps). */
    List<String> refusals() {
        return commands.refusals();
    }

    List<String> closedByServer() {
        return fleet.closedByServer();
    }

    private long lastSeq() {
        return people.chair().get("/api/sittings/" + sitting).get("lastSeq").asLong();
    }

    private String subscribe(long afterSeq) {
        return "{\"type\":\"sitting.subscribe\",\"sittingId\":\"" + sitting + "\",\"afterSeq\":" + afterSeq + "}";
    }

    private String sittingField() {
        return "\"sittingId\":\"" + sitting + "\"";
    }

    @Override
    public void close() {
        fleet.close();
    }
}
