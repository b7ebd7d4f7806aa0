package vn.hopso.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A hundred delegates open the same 200-page PDF within one second, as when the chair says "open the submission":
 * each opens the document's entry, then its first page as the viewer asks for it: that page as a PDF of its own,
 * watermarked with their own name, which the browser draws with PDF.js. Time to first page is from a delegate's click
 * to the last byte of that page. The first opening meets a page no one has opened yet (the server cuts it out of the
 * document, keeps it and watermarks each delegate's copy); the second, the same page kept. Every delegate must get a
 * one-page PDF that names them, each a different file.
 */
final class OpenAtOnceBench {

    private static final String PASSWORD = "hopso2026";
    private static final int DELEGATES = 100;
    private static final int PDF_PAGES = 200;
    private static final Duration SPREAD = Duration.ofSeconds(1);
    /**
     * Another document opened first, untimed and spread wider, so that the measured openings meet compiled code: the
     * secretariat renders its first pages, then every delegate opens it.
     */
    private static final Duration WARM_UP_SPREAD = Duration.ofSeconds(3);
    private static final int WARM_UP_PAGES = 5;
    private static final double GOAL_P95_MS = 1000;
    private static final int ACCOUNT_THREADS = Runtime.getRuntime().availableProcessors();

    /** One opening by every delegate: time to first page, and what the server spent meanwhile. */
    record Opening(String label, int delegates, int served, int distinctImages, double p50Ms, double p95Ms,
            double p99Ms, double maxMs, double seconds, double serverCpuPercent) {
    }

    private final Bench.Node node;
    private final boolean quick;
    private final Path output;
    private final Random random = new Random(200);
    private final List<String> faults = Collections.synchronizedList(new ArrayList<>());
    /** Each delegate's name, which their watermark must carry; read before any opening. */
    private final Map<Session, String> names = new HashMap<>();

    OpenAtOnceBench(Bench.Node node, boolean quick, Path output) {
        this.node = node;
        this.quick = quick;
        this.output = output;
    }

    /** @return whether every delegate got their own first page, at the width asked */
    boolean run() throws IOException {
        Session secretariat = Session.login(node.base(), "thuky", PASSWORD);
        String council = secretariat.get("/api/me").get("memberships").get(0).get("organisationId").asString();
        SittingPapers papers = SittingPapers.prepare(secretariat, council);
        long preparing = System.nanoTime();
        List<Session> delegates = new DelegateAccounts(node.base(), secretariat, council)
                .create("mo-tai-lieu", DELEGATES, ACCOUNT_THREADS);
        delegates.forEach(delegate -> names.put(delegate, delegate.get("/api/me").get("fullName").asString()));
        String run = Long.toString(System.currentTimeMillis(), 36);
        SittingPapers.Uploaded document = papers.upload("to-trinh-du-toan.pdf",
                BenchDocuments.textPdf(PDF_PAGES, run));
        System.out.printf(Locale.ROOT, "set-up, not timed: %d delegate accounts and a %d-page PDF for the "
                + "delegates (uploaded in %.1f s), in %.1f s%n", DELEGATES, document.pages(), document.seconds(),
                (System.nanoTime() - preparing) / 1e9);
        ServerProbe probe = new ServerProbe(node.pid(), secretariat);
        if (quick) {
            System.out.println("--quick: no warm-up opening of another document first");
        } else {
            SittingPapers.Uploaded other = papers.upload("bao-cao-tham-tra.pdf",
                    BenchDocuments.textPdf(PDF_PAGES, run + "-warm-up"));
            for (int page = 1; page <= WARM_UP_PAGES; page++) {
                secretariat.bytes("/api/documents/" + other.documentId() + "/pages/" + page + "/pdf");
            }
            Opening warmUp = open("warm-up", delegates, other.documentId(), WARM_UP_SPREAD, probe);
            System.out.printf(Locale.ROOT, "warm-up, not reported: the secretariat renders %d pages of another "
                    + "%d-page PDF, then every delegate opens it within %.0f s (p95 %.0f ms)%n", WARM_UP_PAGES,
                    PDF_PAGES, WARM_UP_SPREAD.toMillis() / 1000.0, warmUp.p95Ms());
        }
        System.out.printf(Locale.ROOT, "%d delegates open the document within %.0f s: its entry, then page 1 as a "
                + "PDF of its own, watermarked for each; time to first page in ms%n", DELEGATES,
                SPREAD.toMillis() / 1000.0);
        System.out.printf("%-14s %9s %9s %7s %7s %7s %7s %7s %7s %5s%n", "opening", "delegates", "served",
                "own", "p50", "p95", "p99", "max", "srv CPU", "load");
        List<Opening> openings = new ArrayList<>();
        for (String label : List.of("first", "again (kept)")) {
            openings.add(open(label, delegates, document.documentId(), SPREAD, probe));
            report(openings.getLast());
        }
        Opening first = openings.getFirst();
        System.out.printf(Locale.ROOT, "first opening: time to first page p95 %.0f ms, watermark included (goal < "
                + "%.0f ms, every delegate served: %s); %d of %d delegates got their own page%n", first.p95Ms(),
                GOAL_P95_MS, met(first) ? "met" : "MISSED", first.distinctImages(), first.delegates());
        faults.stream().collect(Collectors.groupingBy(fault -> fault, TreeMap::new, Collectors.counting()))
                .forEach((fault, times) -> System.out.println("FAULT, " + times + " times: " + fault));
        write(openings, met(first));
        return faults.isEmpty();
    }

    /** A delegate who got no page waited longer than any goal: the percentiles count only those served. */
    private static boolean met(Opening opening) {
        return opening.served() == opening.delegates() && opening.p95Ms() < GOAL_P95_MS;
    }

    /** What one delegate got, looked at once every delegate has been served (a browser's work is its own). */
    private record Got(Session delegate, int pages, Session.Fetched page, long micros) {
    }

    private Opening open(String label, List<Session> delegates, String document, Duration spread,
            ServerProbe probe) {
        List<Got> got = Collections.synchronizedList(new ArrayList<>());
        double cpuBefore = probe.cpuSeconds();
        long start = System.nanoTime() + Duration.ofMillis(50).toNanos();
        try (ExecutorService clicks = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Session delegate : delegates) {
                long due = start + (long) (random.nextDouble() * spread.toNanos());
                clicks.submit(() -> {
                    for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
                        LockSupport.parkNanos(left);
                    }
                    got.add(firstPage(delegate, document));
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuPercent = (probe.cpuSeconds() - cpuBefore) / seconds * 100;
        Latencies latencies = new Latencies();
        Set<String> images = new HashSet<>();
        for (Got one : got) {
            String fault = one.page().status() != 200
                    ? "got HTTP " + one.page().status() + " (" + problem(one.page().body()) + ")"
                    : ownPage(one.page().body(), names.get(one.delegate()));
            if (one.pages() != PDF_PAGES || fault != null) {
                faults.add(label + ": a delegate saw " + one.pages() + " pages and "
                        + (fault == null ? "their page" : fault));
                continue;
            }
            latencies.record(one.micros());
            images.add(sha256(one.page().body()));
        }
        return new Opening(label, delegates.size(), latencies.count(), images.size(), latencies.percentileMillis(50),
                latencies.percentileMillis(95), latencies.percentileMillis(99), latencies.percentileMillis(100),
                seconds, cpuPercent);
    }

    /** What the viewer does on a click: the document's entry, then its first page. */
    private static Got firstPage(Session delegate, String document) {
        long clicked = System.nanoTime();
        JsonNode entry = delegate.get("/api/documents/" + document);
        Session.Fetched page = delegate.bytes("/api/documents/" + document + "/pages/1/pdf");
        return new Got(delegate, entry.path("pages").asInt(0), page, (System.nanoTime() - clicked) / 1000);
    }

    /** Why the answer is not the delegate's own first page (a one-page PDF naming them), or null when it is. */
    private static String ownPage(byte[] pdf, String fullName) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.getNumberOfPages() != 1) {
                return "a PDF of " + document.getNumberOfPages() + " pages";
            }
            return new PDFTextStripper().getText(document).contains(fullName) ? null
                    : "a page without their name in its watermark";
        } catch (IOException e) {
            return "no PDF (" + e.getMessage() + ")";
        }
    }

    /** The problem's code the server answered instead of an image. */
    private static String problem(byte[] answer) {
        try {
            return Session.JSON.readTree(answer).path("code").asString("no code");
        } catch (RuntimeException e) {
            return answer.length + " bytes that are no problem's JSON";
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void report(Opening o) {
        System.out.printf(Locale.ROOT, "%-14s %9d %4d/%-4d %7d %7.0f %7.0f %7.0f %7.0f %6.0f%% %5.1f%n", o.label(),
                o.delegates(), o.served(), o.delegates(), o.distinctImages(), o.p50Ms(), o.p95Ms(), o.p99Ms(),
                o.maxMs(), o.serverCpuPercent(), MachineLoad.loadAverage());
    }

    private void write(List<Opening> openings, boolean met) throws IOException {
        ObjectNode json = Session.JSON.createObjectNode();
        json.put("benchmark", "open-at-once");
        json.put("quick", quick);
        json.put("delegates", DELEGATES);
        json.put("pages", PDF_PAGES);
        json.put("spreadSeconds", SPREAD.toMillis() / 1000.0);
        json.put("goalP95Ms", GOAL_P95_MS);
        json.put("goalMet", met);
        json.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        json.put("loadAverage", MachineLoad.loadAverage());
        ArrayNode rows = json.putArray("openings");
        openings.forEach(o -> rows.add(Session.JSON.valueToTree(o)));
        json.putPOJO("faults", List.copyOf(faults));
        Files.createDirectories(output);
        Files.writeString(output.resolve("open-at-once.json"), json.toPrettyString());
        System.out.println("written " + output.resolve("open-at-once.json"));
    }
}
