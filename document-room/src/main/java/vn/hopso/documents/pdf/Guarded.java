package vn.hopso.documents.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import vn.hopso.documents.domain.PdfProblem;
import vn.hopso.documents.domain.UnreadablePdf;

/**
 * Runs PDFBox work on a thread of its own, so that what a hostile file does to it stays there: a stack overflow on
 * deep nesting becomes {@link PdfProblem#TOO_DEEP}, a page that makes no progress within the page time becomes
 * {@link PdfProblem#TOO_SLOW} (its document is closed under it, which ends the work at PDFBox's next read), and any
 * other failure to read becomes {@link PdfProblem#CORRUPT}.
 */
final class Guarded {

    /** Enough for any sane document; a hostile one overflows it and is refused, without touching the caller. */
    private static final long STACK_BYTES = 4L << 20;

    interface Work<T> {
        T run(Progress progress) throws IOException, UnreadablePdf;
    }

    /** The work tells of each page done, and names the document to close when it is given up. */
    static final class Progress {
        private final AtomicLong steps = new AtomicLong();
        private final AtomicReference<Closeable> open = new AtomicReference<>();

        void pageDone() {
            steps.incrementAndGet();
        }

        <C extends Closeable> C closeOnGiveUp(C closeable) {
            open.set(closeable);
            return closeable;
        }

        private void giveUp() {
            Closeable closeable = open.getAndSet(null);
            if (closeable != null) {
                try {
                    closeable.close();
                } catch (IOException | RuntimeException e) {
                    // it is being abandoned; the worker fails on its own
                }
            }
        }
    }

    private final PdfLimits limits;

    Guarded(PdfLimits limits) {
        this.limits = limits;
    }

    <T> T run(String name, Work<T> work) throws UnreadablePdf {
        Progress progress = new Progress();
        FutureTask<T> task = new FutureTask<>(() -> work.run(progress));
        Thread thread = new Thread(null, task, name, STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        long seen = progress.steps.get();
        while (true) {
            try {
                return task.get(limits.pageTime().toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                long now = progress.steps.get();
                if (now == seen) {
                    progress.giveUp();
                    thread.interrupt();
                    throw new UnreadablePdf(PdfProblem.TOO_SLOW, e);
                }
                seen = now;
            } catch (InterruptedException e) {
                progress.giveUp();
                thread.interrupt();
                Thread.currentThread().interrupt();
                throw new UnreadablePdf(PdfProblem.TOO_SLOW, e);
            } catch (ExecutionException e) {
                throw translated(e.getCause());
            }
        }
    }

    private static UnreadablePdf translated(Throwable cause) {
        return switch (cause) {
            case UnreadablePdf unreadable -> unreadable;
            case InvalidPasswordException password -> new UnreadablePdf(PdfProblem.PASSWORD, password);
            case StackOverflowError deep -> new UnreadablePdf(PdfProblem.TOO_DEEP, deep);
            case OutOfMemoryError large -> new UnreadablePdf(PdfProblem.TOO_LARGE, large);
            case Error error -> throw error;
            default -> new UnreadablePdf(PdfProblem.CORRUPT, cause); // what PDFBox throws on a damaged file
        };
    }
}
