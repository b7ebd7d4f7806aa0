package vn.hopso.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Poppler's {@code pdftoppm}, the reference the server's page rendering is held against: the same file, the same
 * pages, PNG images of the same width in pixels (so at the same resolution), one process on one core as it runs.
 */
final class Pdftoppm {

    /** What one run made: how long it took, and how many images of what width. */
    record Rendered(double seconds, int images, int width) {
        double pagesPerSecond() {
            return images / seconds;
        }
    }

    private Pdftoppm() {
    }

    /** Renders pages 1 to {@code pages} of {@code pdf} as PNG images {@code width} pixels wide, timed. */
    static Rendered render(byte[] pdf, int pages, int width) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("hopso-pdftoppm-");
        try {
            Path file = Files.write(folder.resolve("in.pdf"), pdf);
            long started = System.nanoTime();
            Process process = new ProcessBuilder("pdftoppm", "-png", "-f", "1", "-l", String.valueOf(pages),
                    "-scale-to-x", String.valueOf(width), "-scale-to-y", "-1", file.toString(),
                    folder.resolve("page").toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            int status = process.waitFor();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (status != 0) {
                throw new IllegalStateException("pdftoppm failed (" + status + "): " + output);
            }
            List<Path> images;
            try (Stream<Path> made = Files.list(folder)) {
                images = made.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList();
            }
            int shown = images.isEmpty() ? -1 : PngHeader.width(Files.readAllBytes(images.getFirst()));
            return new Rendered(seconds, images.size(), shown);
        } finally {
            try (Stream<Path> left = Files.walk(folder)) {
                left.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
