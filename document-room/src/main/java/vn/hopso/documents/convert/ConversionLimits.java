package vn.hopso.documents.convert;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How Office files are converted.
 *
 * @param soffice LibreOffice's launcher (Debian {@code libreoffice-writer-nogui} and friends: {@code /usr/bin/soffice})
 * @param timeout one conversion taking longer is killed, with every process it started (default 60 s)
 * @param maxMemoryBytes the address space one conversion may take (prlimit --as; default 2 GiB)
 * @param workers conversions at once; others wait their turn (default 2)
 * @param queueWait how long an upload waits for a free worker before it is refused as busy (default 2 min)
 * @param isolateNetwork run each conversion in a network namespace of its own, with no interface but a down
 *     loopback: linked remote images and sections cannot be fetched (default on; needs unshare and user namespaces)
 */
public record ConversionLimits(Path soffice, Duration timeout, long maxMemoryBytes, int workers, Duration queueWait,
        boolean isolateNetwork) {

    public static ConversionLimits defaults() {
        return new ConversionLimits(Path.of("/usr/bin/soffice"), Duration.ofSeconds(60), 2L << 30, 2,
                Duration.ofMinutes(2), true);
    }

    public ConversionLimits {
        if (timeout.isNegative() || timeout.isZero() || maxMemoryBytes < (64L << 20) || workers < 1) {
            throw new IllegalArgumentException("conversion limits must be positive");
        }
    }
}
