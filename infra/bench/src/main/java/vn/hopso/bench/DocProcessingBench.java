package vn.hopso.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The document room's processing: a 200-page text PDF and a 10-page .docx (converted by LibreOffice) from upload to
 * ready, then the server's page images of that PDF, one at a time as a reader turns pages, beside poppler's
 * {@code pdftoppm} on the same file at the same width in the same run (as PNG, the server's job; as raw PPM, its
 * rendering alone). The server's pages are measured as a reader
 * gets them over HTTP: first while no image of the page is kept (fetching the PDF from object storage, rendering,
 * keeping the image, watermarking it), then again once kept (the watermark alone).
 */
final class DocProcessingBench {

    private static final String PASSWORD = "hopso2026";
    private static final int PDF_PAGES = 200;
    private static final int DOCX_PAGES = 10;
    /** The width the web app's viewer asks for first (DocumentViewer). */
    private static final int WIDTH = 800;
    /** A width never measured, for the untimed warm-up, so that the measured pages are still not kept. */
    private static final int WARM_UP_WIDTH = 480;
    private static final double GOAL_RATIO = 0.8;

    /** @param uploads of each file @param pages rendered and timed @param warmUpPages rendered first, untimed */
    private record Scenario(int uploads, int pages, int warmUpPages) {
    }

    private static final Scenario FULL = new Scenario(3, PDF_PAGES, 20);
    private static final Scenario QUICK = new Scenario(1, 20, 3);

    /** Each upload of one kind of file: seconds from sending it to ready. */
    record Uploads(String file, int pages, List<Double> seconds, double medianSeconds, double maxSeconds) {
        static Uploads of(String file, int pages, List<Double> seconds) {
            double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Uploads(file, pages, seconds, sorted[(sorted.length - 1) / 2], sorted[sorted.length - 1]);
        }
    }

    /** One pass over the pages, one request after another. */
    record Rendering(String label, int pages, double seconds, double pagesPerSecond, double serverCpuPercent,
            int width) {
    }

    private final Bench.Node node;
    private final Scenario scenario;
    private final boolean quick;
    private final Path output;
    private final List<String> faults = new ArrayList<>();

    DocProcessingBench(Bench.Node node, boolean quick, Path output) {
        this.node = node;
        this.quick = quick;
        this.scenario = quick ? QUICK : FULL;
        this.output = output;
    }

    /** The uploads of both kinds of file, and the first PDF, whose pages are then rendered. */
    private record Uploaded(Uploads pdf, Uploads docx, String firstPdf, byte[] firstPdfContent) {
    }

    /** @return whether every file was accepted and every page image came back whole, at the width asked */
    boolean run() throws IOException, InterruptedException {
        Session secretariat = Session.login(node.base(), "thuky", PASSWORD);
        String council = secretariat.get("/api/me").get("memberships").get(0).get("organisationId").asString();
        if (quick) {
            System.out.printf(Locale.ROOT, "--quick: each file uploaded once instead of %d times, %d pages timed "
                    + "instead of %d%n", FULL.uploads(), QUICK.pages(), FULL.pages());
        }
        Uploaded uploaded = upload(SittingPapers.prepare(secretariat, council));
        System.out.println("upload to ready: from sending the file to its document's entry with every page");
        System.out.printf("%-10s %6s %8s %11s %8s%n", "file", "pages", "uploads", "median s", "max s");
        for (Uploads uploads : List.of(uploaded.pdf(), uploaded.docx())) {
            System.out.printf(Locale.ROOT, "%-10s %6d %8d %11.2f %8.2f%n", uploads.file(), uploads.pages(),
                    uploads.seconds().size(), uploads.medianSeconds(), uploads.maxSeconds());
        }

        ServerProbe probe = new ServerProbe(node.pid(), secretariat);
        pages(secretariat, probe, uploaded.firstPdf(), "warm-up", scenario.warmUpPages(), WARM_UP_WIDTH);
        Rendering cold = pages(secretariat, probe, uploaded.firstPdf(), "server, rendered", scenario.pages(), WIDTH);
        Rendering kept = pages(secretariat, probe, uploaded.firstPdf(), "server, kept", scenario.pages(), WIDTH);
        Rendering png = pdftoppm(uploaded.firstPdfContent(), Pdftoppm.Output.PNG);
        Rendering ppm = pdftoppm(uploaded.firstPdfContent(), Pdftoppm.Output.PPM);
        System.out.printf(Locale.ROOT, "pages of the first PDF at %d px (%.0f dpi on A4), one request after another; "
                + "server pages are watermarked (the secretariat's copy); srv CPU in %% of one core%n", WIDTH,
                WIDTH / (595 / 72.0));
        System.out.printf("%-18s %6s %8s %8s %8s %7s%n", "renderer", "pages", "s", "pages/s", "srv CPU", "width");
        List.of(cold, kept, png, ppm).forEach(DocProcessingBench::report);

        double ratio = cold.pagesPerSecond() / png.pagesPerSecond();
        // Per page, the kept pass costs what the rendered pass costs apart from rendering: their difference is the
        // rendering (with the PDF's fetch from storage and the image's keeping), an estimate, not a measure.
        double renderingOnly = 1 / (1 / cold.pagesPerSecond() - 1 / kept.pagesPerSecond());
        System.out.printf(Locale.ROOT, "server pages rendered and served: %.2f× pdftoppm's PNG pages per second "
                + "(goal ≥ %.1f×: %s); %.2f× its raw PPM pages (rendering without encoding)%n", ratio, GOAL_RATIO,
                ratio >= GOAL_RATIO ? "met" : "MISSED", cold.pagesPerSecond() / ppm.pagesPerSecond());
        System.out.printf(Locale.ROOT, "server rendering alone, estimated as rendered minus kept: %.1f pages/s, "
                + "%.2f× pdftoppm's PNG, %.2f× its PPM%n", renderingOnly, renderingOnly / png.pagesPerSecond(),
                renderingOnly / ppm.pagesPerSecond());
        System.out.printf(Locale.ROOT, "uploads to ready: PDF of %d pages median %.2f s, .docx of %d pages median "
                + "%.2f s; machine load average %.1f, CPU pressure %.0f%%%n", PDF_PAGES,
                uploaded.pdf().medianSeconds(), DOCX_PAGES, uploaded.docx().medianSeconds(),
                MachineLoad.loadAverage(), MachineLoad.cpuPressurePercent());
        faults.forEach(fault -> System.out.println("FAULT: " + fault));
        write(List.of(uploaded.pdf(), uploaded.docx()), List.of(cold, kept, png, ppm), ratio, renderingOnly);
        return faults.isEmpty();
    }

    /** Each file uploaded the scenario's number of times, a PDF then a .docx, each new (its own stamp). */
    private Uploaded upload(SittingPapers papers) {
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<Double> pdfSeconds = new ArrayList<>();
        List<Double> docxSeconds = new ArrayList<>();
        String firstPdf = null;
        byte[] firstPdfContent = null;
        for (int i = 1; i <= scenario.uploads(); i++) {
            byte[] file = BenchDocuments.textPdf(PDF_PAGES, run + "-" + i);
            SittingPapers.Uploaded pdf = expect(papers.upload("to-trinh-" + i + ".pdf", file), PDF_PAGES);
            pdfSeconds.add(pdf.seconds());
            if (firstPdf == null) {
                firstPdf = pdf.documentId();
                firstPdfContent = file;
            }
            docxSeconds.add(expect(papers.upload("bao-cao-tham-tra-" + i + ".docx",
                    BenchDocuments.docx(DOCX_PAGES, run + "-" + i)), DOCX_PAGES).seconds());
        }
        return new Uploaded(Uploads.of("PDF, text", PDF_PAGES, pdfSeconds),
                Uploads.of(".docx", DOCX_PAGES, docxSeconds), firstPdf, firstPdfContent);
    }

    private Rendering pdftoppm(byte[] pdf, Pdftoppm.Output output) throws IOException, InterruptedException {
        Pdftoppm.Rendered made = Pdftoppm.render(pdf, scenario.pages(), WIDTH, output);
        if (made.images() != scenario.pages() || made.width() != WIDTH) {
            faults.add("pdftoppm made " + made.images() + " " + output + " images " + made.width() + " px wide");
        }
        return new Rendering("pdftoppm, " + output.name(), made.images(), made.seconds(), made.pagesPerSecond(),
                Double.NaN, made.width());
    }

    private SittingPapers.Uploaded expect(SittingPapers.Uploaded uploaded, int pages) {
        if (uploaded.pages() != pages) {
            faults.add("document " + uploaded.documentId() + " has " + uploaded.pages() + " pages, made with "
                    + pages);
        }
        return uploaded;
    }

    /** Pages 1 to {@code count} of the document at {@code width}, one request after another, timed. */
    private Rendering pages(Session reader, ServerProbe probe, String document, String label, int count, int width) {
        double cpuBefore = probe.cpuSeconds();
        long started = System.nanoTime();
        int shownWidth = -1;
        for (int page = 1; page <= count; page++) {
            Session.Fetched image = reader.bytes("/api/documents/" + document + "/pages/" + page + "?width=" + width);
            shownWidth = PngHeader.width(image.body());
            if (image.status() != 200 || shownWidth != width) {
                faults.add("page " + page + " at " + width + " px: HTTP " + image.status() + ", "
                        + (shownWidth < 0 ? "no PNG" : shownWidth + " px wide"));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Rendering(label, count, seconds, count / seconds, (probe.cpuSeconds() - cpuBefore) / seconds * 100,
                shownWidth);
    }

    private static void report(Rendering r) {
        String cpu = Double.isNaN(r.serverCpuPercent()) ? "-" : String.format(Locale.ROOT, "%.0f%%",
                r.serverCpuPercent());
        System.out.printf(Locale.ROOT, "%-18s %6d %8.2f %8.1f %8s %7d%n", r.label(), r.pages(), r.seconds(),
                r.pagesPerSecond(), cpu, r.width());
    }

    private void write(List<Uploads> uploads, List<Rendering> renderings, double ratio, double renderingOnly)
            throws IOException {
        ObjectNode json = Session.JSON.createObjectNode();
        json.put("benchmark", "doc-processing");
        json.put("quick", quick);
        json.put("widthPixels", WIDTH);
        json.put("goalRatio", GOAL_RATIO);
        json.put("ratio", ratio);
        json.put("ratioTo", "pdftoppm, PNG");
        json.put("goalMet", ratio >= GOAL_RATIO);
        json.put("renderingOnlyPagesPerSecondEstimate", renderingOnly);
        json.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        json.put("loadAverage", MachineLoad.loadAverage());
        ArrayNode files = json.putArray("uploads");
        uploads.forEach(u -> files.add(Session.JSON.valueToTree(u)));
        ArrayNode rows = json.putArray("renderings");
        renderings.forEach(r -> rows.add(Session.JSON.valueToTree(r)));
        json.putPOJO("faults", faults);
        Files.createDirectories(output);
        Files.writeString(output.resolve("doc-processing.json"), json.toPrettyString());
        System.out.println("written " + output.resolve("doc-processing.json"));
    }
}
