package vn.hopso.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/** Delivery latencies of one measurement step, in microseconds. */
final class Latencies {

    private final long[] samples;
    private final AtomicInteger count = new AtomicInteger();

    Latencies(int capacity) {
        samples = new long[capacity];
    }

    void record(long micros) {
        int i = count.getAndIncrement();
        if (i < samples.length) {
            samples[i] = micros;
        }
    }

    int count() {
        return Math.min(count.get(), samples.length);
    }

    /** The given percentile in milliseconds. */
    double percentileMillis(double percentile) {
        long[] sorted = Arrays.copyOf(samples, count());
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1000.0;
    }
}
