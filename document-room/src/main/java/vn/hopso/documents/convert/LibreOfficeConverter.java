package vn.hopso.documents.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import vn.hopso.documents.domain.OfficeConverter;
import vn.hopso.documents.domain.OfficeFormat;
import vn.hopso.documents.domain.PdfProblem;
import vn.hopso.documents.domain.ProcessingProgress;
import vn.hopso.documents.domain.UnreadablePdf;

/**
 * Office to PDF with LibreOffice headless, one process per conversion: its own folder and profile (so conversions
 * never share state, or a lock), no network ({@code unshare --net}: stock LibreOffice fetches linked remote images
 * during conversion), a memory limit ({@code prlimit --as}), a time limit after which the process and its children are
 * killed, and a bounded number at once. The file is named by its detected format, never by the uploaded name.
 */
public final class LibreOfficeConverter implements OfficeConverter {

    private final ConversionLimits limits;
    private final Path workRoot;
    private final Semaphore workers;

    public LibreOfficeConverter(ConversionLimits limits, Path workRoot) {
        this.limits = limits;
        this.workRoot = workRoot;
        this.workers = new Semaphore(limits.workers(), true);
    }

    /** Whether LibreOffice is installed where the limits say. */
    public static boolean available(ConversionLimits limits) {
        return Files.isExecutable(limits.soffice());
    }

    @Override
    public byte[] toPdf(byte[] file, OfficeFormat format, ProcessingProgress progress) throws UnreadablePdf {
        try {
            if (!workers.tryAcquire()) {
                progress.waitingForConverter();
                if (!workers.tryAcquire(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new UnreadablePdf(PdfProblem.CONVERTER_BUSY);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadablePdf(PdfProblem.CONVERTER_BUSY, e);
        }
        Path folder = null;
        try {
            progress.converting();
            Files.createDirectories(workRoot);
            folder = Files.createTempDirectory(workRoot, "conversion-");
            return convert(folder, file, format);
        } catch (IOException e) {
            throw new UncheckedIOException("no room to convert in " + workRoot, e);
        } finally {
            workers.release();
            if (folder != null) {
                delete(folder);
            }
        }
    }

    private byte[] convert(Path folder, byte[] file, OfficeFormat format) throws IOException, UnreadablePdf {
        Path input = folder.resolve("input." + format.extension());
        Path output = folder.resolve("out");
        Files.write(input, file);
        Process process = new ProcessBuilder(command(folder, input, output))
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("soffice.log").toFile())
                .start();
        try {
            if (!process.waitFor(limits.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new UnreadablePdf(PdfProblem.CONVERSION_TOO_SLOW);
            }
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new UnreadablePdf(PdfProblem.CONVERSION_TOO_SLOW, e);
        }
        Path pdf = output.resolve("input.pdf");
        if (process.exitValue() != 0 || !Files.isRegularFile(pdf)) {
            throw new UnreadablePdf(PdfProblem.CONVERSION_FAILED);
        }
        return Files.readAllBytes(pdf);
    }

    private List<String> command(Path folder, Path input, Path output) {
        List<String> command = new ArrayList<>();
        if (limits.isolateNetwork()) {
            command.addAll(List.of("unshare", "--user", "--map-root-user", "--net", "--"));
        }
        command.addAll(List.of("prlimit", "--as=" + limits.maxMemoryBytes(), "--"));
        command.addAll(List.of(limits.soffice().toString(), "--headless", "--norestore", "--nolockcheck",
                "--nodefault", "--nologo", "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--convert-to", "pdf", "--outdir", output.toString(), input.toString()));
        return command;
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.onExit().join();
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a file LibreOffice still held stays behind, inside the converter's own work root only
        }
    }
}
