package org.careergraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.careergraph.pipeline.PromotionGraph.Node;
import org.junit.jupiter.api.Test;

/**
 * Route counting on a small hourglass: two ladders merging into one class, then one
 * ladder to the top.
 */
class PromotionGraphTests {

    // a1 → a2 ↘
    // m → t1 → top
    // b1 → b2 ↗ ↘ t2 (a second top)
    static PromotionGraph hourglass() {
        return new PromotionGraph(List.of(node("a1", "a2"), node("a2", "m"), node("b1", "b2"), node("b2", "m"),
                node("m", "t1", "t2"), node("t1", "top"), node("t2"), node("top")));
    }

    static Node node(String id, String... up) {
        return new Node(id, id.toUpperCase(), "x", 1, null, 0, List.of(up));
    }

    @Test
    void theTopsOfTheLaddersAreWhatNothingLeadsOnFrom() {
        assertThat(hourglass().ladderTops()).containsExactlyInAnyOrder("top", "t2");
    }

    @Test
    void countsRoutesFromTheEntryClassesAndOnToTheTops() {
        PromotionGraph graph = hourglass();

        var fromEntries = graph.routesFromEntries();
        var toTops = graph.routesToTops(Set.of("top", "t2"));

        assertThat(fromEntries.get("a1")).isZero();
        assertThat(fromEntries.get("m")).isEqualTo(2.0);
        assertThat(fromEntries.get("top")).isEqualTo(2.0);
        assertThat(toTops.get("m")).isEqualTo(2.0);
        assertThat(toTops.get("a1")).isEqualTo(2.0);
        assertThat(toTops.get("top")).isZero();
        // every one of the four entry-to-top routes passes through the waist
        assertThat(fromEntries.get("m") * toTops.get("m")).isEqualTo(4.0);
        assertThat(fromEntries.get("t1") * toTops.get("t1")).isEqualTo(2.0);
    }

    @Test
    void betweennessIsHighestAtTheWaist() {
        var scores = hourglass().betweenness();

        assertThat(scores.get("m")).isGreaterThan(scores.get("a2")).isGreaterThan(scores.get("top"));
    }

    @Test
    void namesTheClassesPromotingIntoAClass() {
        assertThat(hourglass().feeders("m")).containsExactly("a2", "b2");
        assertThat(hourglass().feeders("t1")).containsExactly("m");
    }

}
