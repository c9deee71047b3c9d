package org.careergraph.benchmark;

import java.util.List;
import java.util.concurrent.Callable;
import org.HdrHistogram.Histogram;

/**
 * Latency percentiles and throughput of one way of answering one kind of route question.
 */
record Measurement(String question, String path, long count, double p50, double p95, double p99, double perSecond) {

    /**
     * Seconds of calls, all ways taking turns, before anything is timed. A server answers
     * a state's employees with its code compiled: a few dozen calls leave Spring, Tomcat,
     * the driver and Neo4j's runtime interpreted, and time the JIT compiler rather than
     * the service (one client's fresh routes settled after about 30 s here).
     */
    static final int WARM_UP_SECONDS = Integer.getInteger("benchmark.route-warm-up-seconds", 40);

    /** Calls each way gets again just before it is timed. */
    static final int WARM_UP_CALLS = 100;

    static void warmUp(List<? extends Callable<?>> ways) throws Exception {
        long until = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        for (int i = 0; System.nanoTime() < until; i++) {
            ways.get(i % ways.size()).call();
        }
    }

    /**
     * Runs {@code work} for {@link #WARM_UP_CALLS} then {@code count} timed calls, one
     * after another.
     */
    static Measurement of(String question, String path, int count, Callable<?> work) throws Exception {
        for (int i = 0; i < WARM_UP_CALLS; i++) {
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
