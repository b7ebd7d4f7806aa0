package vn.hopso.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The server process as the operating system and its metrics endpoint see it: CPU time and heap in use. The metrics
 * are read with the bearer token that infra/bench/run gave the server ({@code HOPSO_METRICS_TOKEN}).
 */
final class ServerProbe {

    private static final double CLOCK_TICKS_PER_SECOND = 100.0;

    private final long pid;
    private final Session session;

    ServerProbe(long pid, Session session) {
        this.pid = pid;
        this.session = session;
    }

    /** CPU seconds used by the server so far (user + system). */
    double cpuSeconds() {
        return cpuSeconds(pid);
    }

    /** CPU seconds used by a process so far (user + system). */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / CLOCK_TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the server's CPU time", e);
        }
    }

    /** Heap in use, in MiB, summed over the heap pools reported at /actuator/prometheus. */
    double heapMiB() {
        return metric("jvm_memory_used_bytes{", "area=\"heap\"") / (1024 * 1024);
    }

    /** Heap in use right after a full collection (jcmd GC.run): what the live objects really hold. */
    double liveHeapMiB() {
        try {
            Process gc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(pid), "GC.run").redirectErrorStream(true).start();
            gc.getInputStream().readAllBytes();
            if (gc.waitFor() != 0) {
                throw new IllegalStateException("jcmd GC.run failed for the server");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run jcmd against the server", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return heapMiB();
    }

    /** Total seconds the server's delivery lanes have spent handing events to subscribers, and how many batches. */
    double fanoutSeconds() {
        return metric("hopso_realtime_fanout_seconds_sum", "");
    }

    double fanoutBatches() {
        return metric("hopso_realtime_fanout_seconds_count", "");
    }

    private double metric(String prefix, String containing) {
        return session.text("/actuator/prometheus", System.getenv("HOPSO_METRICS_TOKEN")).lines()
                .filter(line -> line.startsWith(prefix) && line.contains(containing))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
