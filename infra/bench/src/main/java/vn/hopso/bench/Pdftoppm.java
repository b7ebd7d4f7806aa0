package vn.hopso.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Poppler's {@code pdftoppm}, the reference the server's page rendering is held against: the same file, the same
 * pages, images of the same width in pixels (so at the same resolution), one process on one core as it runs. As PNG
 * it does the server's whole job (a page to a PNG file); as PPM, raw pixels, it shows poppler's rendering alone.
 */
final class Pdftoppm {

    /** What pdftoppm writes: its option and the files' extension. */
    enum Output {
        PNG(List.of("-png"), ".png"), PPM(List.of(), ".ppm");

        private final List<String> options;
        private final String extension;

        Output(List<String> options, String extension) {
            this.options = options;
            this.extension = extension;
        }
    }

    /** What one run made: how long it took, and how many images of what width. */
    record Rendered(double seconds, int images, int width) {
        double pagesPerSecond() {
            return images / seconds;
        }
    }

    private Pdftoppm() {
    }

    /** Renders pages 1 to {@code pages} of {@code pdf} as images {@code width} pixels wide, timed. */
    static Rendered render(byte[] pdf, int pages, int width, Output output) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("hopso-pdftoppm-");
        try {
            Path file = Files.write(folder.resolve("in.pdf"), pdf);
            List<String> command = Stream.of(List.of("pdftoppm"), output.options, List.of("-f", "1", "-l",
                    String.valueOf(pages), "-scale-to-x", String.valueOf(width), "-scale-to-y", "-1",
                    file.toString(), folder.resolve("page").toString())).flatMap(List::stream).toList();
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = process.waitFor();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (status != 0) {
                throw new IllegalStateException("pdftoppm failed (" + status + "): " + said);
            }
            List<Path> images;
            try (Stream<Path> made = Files.list(folder)) {
                images = made.filter(p -> p.getFileName().toString().endsWith(output.extension)).sorted().toList();
            }
            int shown = images.isEmpty() ? -1 : width(Files.readAllBytes(images.getFirst()), output);
            return new Rendered(seconds, images.size(), shown);
        } finally {
            try (Stream<Path> left = Files.walk(folder)) {
                left.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A PNG's width from its header; a PPM's from its text header ({@code P6 WIDTH HEIGHT 255}). */
    private static int width(byte[] image, Output output) {
        if (output == Output.PNG) {
            return PngHeader.width(image);
        }
        String[] header = new String(Arrays.copyOf(image, Math.min(image.length, 32)), StandardCharsets.US_ASCII)
                .split("\\s+");
        return header.length > 1 && header[0].equals("P6") ? Integer.parseInt(header[1]) : -1;
    }
}
