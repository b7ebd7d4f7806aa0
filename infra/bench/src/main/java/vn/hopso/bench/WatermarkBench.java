package vn.hopso.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.hopso.documents.domain.UnreadablePdf;
import vn.hopso.documents.domain.Watermark;
import vn.hopso.documents.pdf.PdfBoxServedCopies;
import vn.hopso.documents.pdf.PdfLimits;

/**
 * Watermarked copies of a 200-page text PDF, made in this process by the server's own {@link PdfBoxServedCopies}
 * (what {@code GET /api/documents/{id}/file} runs, with the server's default limits), one after another: pages per
 * second for one copy, and the live heap (after a full collection) every tenth of the copies, which must stay flat.
 * No server: HTTP and storage would only add their own costs to the watermark's.
 */
final class WatermarkBench {

    private static final int PDF_PAGES = 200;
    private static final int COPIES = 1_000;
    private static final int QUICK_COPIES = 100;
    private static final int WARM_UP_COPIES = 20;
    private static final int QUICK_WARM_UP_COPIES = 5;
    private static final int SAMPLES = 10;
    /**
     * Flat: the floor of the live heap (its least sample) over the second half of the copies at most this much above
     * its floor over the first half. Floors, because the live heap after a full collection is bimodal here (about
     * 5 MiB that PDFBox's caches hold after some collections and not after others), while anything kept per copy
     * raises the floor: keeping 4 KiB of each copy (a copy is about 300 KiB) would pass this within 1,000 copies.
     */
    private static final double GOAL_GROWTH_MIB = 2;

    /** The live heap after {@code copies} copies. */
    record Sample(int copies, double liveHeapMiB) {
    }

    private final boolean quick;
    private final Path output;

    WatermarkBench(boolean quick, Path output) {
        this.quick = quick;
        this.output = output;
    }

    /** @return whether every copy was made, and the first one checked carries the watermark on every page */
    boolean run() throws IOException, UnreadablePdf {
        int copies = quick ? QUICK_COPIES : COPIES;
        byte[] original = BenchDocuments.textPdf(PDF_PAGES, Long.toString(System.currentTimeMillis(), 36));
        PdfBoxServedCopies served = new PdfBoxServedCopies(PdfLimits.defaults());
        Watermark watermark = new Watermark("Nguyễn Thị Thử Tải", "3F2A9C1E",
                ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        byte[] first = served.copy(original, Optional.of(watermark));
        boolean marked = everyPageCarries(first, watermark.line());
        for (int i = 1; i < (quick ? QUICK_WARM_UP_COPIES : WARM_UP_COPIES); i++) {
            served.copy(original, Optional.of(watermark));
        }
        double baseline = liveHeapMiB();
        System.out.printf(Locale.ROOT, "the original: %d pages, %.0f KiB; its watermarked copy %.0f KiB, the "
                + "watermark on every page: %s; warm-up, not timed: %d copies; live heap then %.1f MiB%n", PDF_PAGES,
                original.length / 1024.0, first.length / 1024.0, marked ? "yes" : "NO",
                quick ? QUICK_WARM_UP_COPIES : WARM_UP_COPIES, baseline);
        if (quick) {
            System.out.printf("--quick: %d copies instead of %d%n", QUICK_COPIES, COPIES);
        }

        long[] nanos = new long[copies];
        int tenth = copies / SAMPLES;
        List<Sample> samples = new ArrayList<>();
        System.out.println("each row: the copies of that tenth, their median time, and the live heap after them");
        System.out.printf("%7s %12s %9s %10s%n", "copies", "median s", "pages/s", "live MiB");
        for (int i = 0; i < copies; i++) {
            long started = System.nanoTime();
            served.copy(original, Optional.of(watermark));
            nanos[i] = System.nanoTime() - started;
            if ((i + 1) % tenth == 0) {
                samples.add(new Sample(i + 1, liveHeapMiB()));
                double median = median(Arrays.copyOfRange(nanos, i + 1 - tenth, i + 1)) / 1e9;
                System.out.printf(Locale.ROOT, "%7d %12.3f %9.0f %10.1f%n", i + 1, median, PDF_PAGES / median,
                        samples.getLast().liveHeapMiB());
            }
        }
        double medianSeconds = median(nanos) / 1e9;
        double pagesPerSecond = PDF_PAGES / medianSeconds;
        double growth = floor(samples.subList(SAMPLES / 2, SAMPLES)) - floor(samples.subList(0, SAMPLES / 2));
        boolean flat = growth <= GOAL_GROWTH_MIB;
        System.out.printf(Locale.ROOT, "one watermarked copy of %d pages: median %.3f s, %.0f pages/s on one thread; "
                + "the live heap's floor from the first to the second half of %d copies: %+.1f MiB (flat, at most +%.0f MiB: %s); machine load average %.1f%n",
                PDF_PAGES, medianSeconds, pagesPerSecond, copies, growth, GOAL_GROWTH_MIB, flat ? "met" : "MISSED",
                MachineLoad.loadAverage());
        if (!marked) {
            System.out.println("FAULT: the copy does not carry the watermark on every page");
        }
        write(copies, medianSeconds, pagesPerSecond, baseline, samples, growth, flat);
        return marked;
    }

    private static boolean everyPageCarries(byte[] copy, String line) throws IOException {
        try (PDDocument document = Loader.loadPDF(copy)) {
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                if (!text.getText(document).contains(line)) {
                    return false;
                }
            }
            return document.getNumberOfPages() == PDF_PAGES;
        }
    }

    /** Heap in use right after a full collection: what the live objects hold. */
    private static double liveHeapMiB() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024);
    }

    private static double floor(List<Sample> samples) {
        return samples.stream().mapToDouble(Sample::liveHeapMiB).min().orElse(Double.NaN);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }

    private void write(int copies, double medianSeconds, double pagesPerSecond, double baseline,
            List<Sample> samples, double growth, boolean flat) throws IOException {
        ObjectNode json = Session.JSON.createObjectNode();
        json.put("benchmark", "watermark");
        json.put("quick", quick);
        json.put("pages", PDF_PAGES);
        json.put("copies", copies);
        json.put("medianCopySeconds", medianSeconds);
        json.put("pagesPerSecond", pagesPerSecond);
        json.put("liveHeapAfterWarmUpMiB", baseline);
        json.put("liveHeapFloorGrowthMiB", growth);
        json.put("goalGrowthMiB", GOAL_GROWTH_MIB);
        json.put("goalMet", flat);
        json.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        json.put("loadAverage", MachineLoad.loadAverage());
        ArrayNode rows = json.putArray("samples");
        samples.forEach(s -> rows.add(Session.JSON.valueToTree(s)));
        Files.createDirectories(output);
        Files.writeString(output.resolve("watermark.json"), json.toPrettyString());
        System.out.println("written " + output.resolve("watermark.json"));
    }
}
