package org.civiclimate.bench;

import java.util.Arrays;

/** Latencies of one measured operation, in nanoseconds; percentiles by nearest rank. */
final class Samples {

    private long[] values = new long[1024];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    void addAll(Samples other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    double percentileMillis(double percentile) {
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * size) - 1;
        return sorted[Math.max(0, Math.min(rank, size - 1))] / 1_000_000.0;
    }

    int size() {
        return size;
    }
}
