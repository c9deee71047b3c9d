package org.careergraph.benchmark;

import java.util.List;

/** Everything measured at one data-set size. */
record SizeResult(int requested, int classes, long relationships, double loadSeconds, long heapBytes, long rssBytes,
        List<Measurement> measurements, List<String> agreement) {
}
