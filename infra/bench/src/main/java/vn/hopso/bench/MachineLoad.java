package vn.hopso.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * How busy the whole machine is, as Linux reports it: a benchmark's figures on a machine shared with other work are
 * only worth as much as the processors it was left.
 */
final class MachineLoad {

    private MachineLoad() {
    }

    /** Runnable and waiting tasks, averaged over the last minute ({@code /proc/loadavg}); NaN when not reported. */
    static double loadAverage() {
        return read(Path.of("/proc/loadavg"), text -> text.split(" ")[0]);
    }

    /**
     * The share of the last minute in which some runnable task waited for a processor, in percent
     * ({@code /proc/pressure/cpu}, "some avg60"); NaN when the kernel does not report it.
     */
    static double cpuPressurePercent() {
        return read(Path.of("/proc/pressure/cpu"),
                text -> text.lines().findFirst().orElse("").replaceAll(".*avg60=([0-9.]+).*", "$1"));
    }

    private static double read(Path file, Function<String, String> field) {
        try {
            return Double.parseDouble(field.apply(Files.readString(file)));
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
    }
}
