package org.careergraph.benchmark;

import java.util.concurrent.Callable;
import org.HdrHistogram.Histogram;

/**
 * Latency percentiles and throughput of one way of answering one kind of route question.
 */
record Measurement(String question, String path, long count, double p50, double p95, double p99, double perSecond) {

    static final int WARM_UP = 50;

    /**
     * Runs {@code work} for warm-up then {@code count} timed calls, one after another.
     */
    static Measurement of(String question, String path, int count, Callable<?> work) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            work.call();
        }
        Histogram histogram = new Histogram(3_600_000_000_000L, 3);
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long before = System.nanoTime();
            work.call();
            histogram.recordValue(System.nanoTime() - before);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Measurement(question, path, count, millis(histogram, 50), millis(histogram, 95),
                millis(histogram, 99), count / seconds);
    }

    private static double millis(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1e6;
    }
}
