package org.careergraph.pipeline;

import java.util.Arrays;
import java.util.List;
import org.careergraph.web.CsvTable;

/**
 * Where the pipeline narrows: classes ranked by how many promotion routes to the top
 * classes pass through them, and classes that only one class promotes into.
 *
 * @param tops the classes routes are counted to
 * @param routes promotion routes from an entry class (one nothing promotes into) to a top
 * @param classes every class on a route to a top, most routes through it first
 * @param singleFeeders classes on those routes that exactly one class promotes into:
 * single points of failure
 */
record BottleneckAnswer(List<ClassRef> tops, long routes, List<Bottleneck> classes,
        List<SingleFeeder> singleFeeders) implements CsvTable {

    /**
     * @param routesThrough routes from an entry class to a top that pass through this
     * class (it is neither their start nor their end)
     * @param share routesThrough as a share of all routes to a top
     * @param betweenness shortest-path betweenness on the promotion graph (pairs of
     * classes, unnormalized)
     * @param fedOnlyBy the one class promoting into this one, or null
     */
    record Bottleneck(int rank, String id, String title, String agency, int level, long routesThrough, double share,
            double betweenness, Integer incumbents, String fedOnlyBy) {
    }

    /**
     * @param top whether the class is one of the tops
     * @param lateralWaysIn same-grade and peer moves into the class, the other ways to
     * fill it
     */
    record SingleFeeder(String id, String title, int level, boolean top, String feederId, String feederTitle,
            Integer feederIncumbents, int lateralWaysIn) {
    }

    @Override
    public String csvFileName() {
        return "bottlenecks.csv";
    }

    @Override
    public List<String> csvHeader() {
        return List.of("rank", "id", "title", "agency", "level", "routesThrough", "share", "betweenness", "incumbents",
                "fedOnlyBy");
    }

    @Override
    public List<List<Object>> csvRows() {
        return classes.stream()
            .map(b -> Arrays.<Object>asList(b.rank(), b.id(), b.title(), b.agency(), b.level(), b.routesThrough(),
                    b.share(), b.betweenness(), b.incumbents(), b.fedOnlyBy()))
            .toList();
    }
}
