package vn.hopso.bench;

import java.util.Arrays;
import java.util.Collection;

/** Latencies of one measurement, in microseconds; recorded from any thread. */
final class Latencies {

    private long[] samples = new long[0];
    private int count;

    /** All samples of the given measurements together. */
    static Latencies of(Collection<Latencies> parts) {
        Latencies all = new Latencies();
        parts.forEach(part -> {
            long[] copy = part.snapshot();
            all.ensure(all.count + copy.length);
            System.arraycopy(copy, 0, all.samples, all.count, copy.length);
            all.count += copy.length;
        });
        return all;
    }

    synchronized void record(long micros) {
        ensure(count + 1);
        samples[count++] = micros;
    }

    synchronized int count() {
        return count;
    }

    /** The given percentile in milliseconds (100: the largest). */
    double percentileMillis(double percentile) {
        long[] sorted = snapshot();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1000.0;
    }

    private synchronized long[] snapshot() {
        return Arrays.copyOf(samples, count);
    }

    private void ensure(int capacity) {
        if (capacity > samples.length) {
            samples = Arrays.copyOf(samples, Math.max(capacity, samples.length * 2));
        }
    }
}
