package org.careergraph.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop load generator: {@code clients} threads, each sending its next request as
 * soon as the last one is answered, until every request of a list has been sent once or
 * the time is up. Latencies go into one HdrHistogram per client, merged at the end.
 *
 * @param errors requests that failed or were answered with a status other than the
 * expected one
 */
record Load(String question, String path, int clients, long count, long errors, double p50, double p95, double p99,
        double max, double perSecond) {

    /**
     * One request, told its index; returns normally when answered as expected, throws
     * otherwise.
     */
    interface Work {

        void call(int index) throws Exception;

    }

    /**
     * Sends requests {@code 0..total-1} once each (or cycles through them until
     * {@code seconds} pass).
     */
    static Load run(String question, String path, int clients, int total, double seconds, Work work)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicLong firstError = new AtomicLong();
        List<Histogram> histograms = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long deadline = seconds <= 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (seconds * 1e9);
        boolean once = seconds <= 0;
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Histogram histogram = new Histogram(TimeUnit.MINUTES.toNanos(10), 3);
            histograms.add(histogram);
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    int i = next.getAndIncrement();
                    if (once && i >= total) {
                        return;
                    }
                    long before = System.nanoTime();
                    try {
                        work.call(i % total);
                    }
                    catch (Exception e) {
                        if (errors.getAndIncrement() == 0 && firstError.compareAndSet(0, 1)) {
                            System.err.println(question + " / " + path + ": " + e.getMessage());
                        }
                    }
                    histogram.recordValue(Math.min(System.nanoTime() - before, histogram.getHighestTrackableValue()));
                }
            }, "load-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        Histogram all = new Histogram(TimeUnit.MINUTES.toNanos(10), 3);
        histograms.forEach(all::add);
        Load load = new Load(question, path, clients, all.getTotalCount(), errors.get(),
                ms(all.getValueAtPercentile(50)), ms(all.getValueAtPercentile(95)), ms(all.getValueAtPercentile(99)),
                ms(all.getMaxValue()), all.getTotalCount() / elapsed);
        System.out.println(load);
        return load;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
