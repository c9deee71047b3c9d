package org.careergraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careergraph.pipeline.ModelGraph.ModelClass;
import org.careergraph.pipeline.ModelGraph.ModelMove;
import org.careergraph.pipeline.ProjectionRequest.Move;
import org.careergraph.pipeline.ProjectionRequest.Rate;
import org.careergraph.pipeline.ProjectionRequest.WhatIf;
import org.junit.jupiter.api.Test;

/**
 * Where each rate comes from: the request, else the recorded history, else the configured
 * default.
 */
class ScenariosTests {

    static final PipelineProperties DEFAULTS = new PipelineProperties(0.10, 0.02, 0.01, 0.08);

    // a → b → c, a same-grade move a → x, and promotions a → out and c → top out of the
    // pool; a has 40 incumbents,
    // 12 recorded moves to b and 6 out over 3 years; people move into b from 'elsewhere'
    static ModelGraph graph() {
        return new ModelGraph(List.of(new ModelClass("a", "A", "s", 1, 40, 45, true),
                new ModelClass("b", "B", "s", 2, 20, null, false), new ModelClass("c", "C", "s", 3, null, null, false),
                new ModelClass("x", "X", "s", 1, 5, null, false)),
                List.of(new ModelMove("a", "b", "B", "PROMOTES_TO", 12, true),
                        new ModelMove("a", "out", "Out", "PROMOTES_TO", 6, false),
                        new ModelMove("a", "x", "X", "SAME_GRADE", 0, true),
                        new ModelMove("b", "c", "C", "PROMOTES_TO", 0, true),
                        new ModelMove("c", "top", "Top", "PROMOTES_TO", 0, false)),
                3, List.of("elsewhere"));
    }

    static ProjectionRequest request(List<Rate> rates, WhatIf whatIf) {
        return new ProjectionRequest(5, null, null, null, Map.of("c", 2), rates, Map.of("b", 0.2), null, whatIf);
    }

    static Transition transition(Scenario s, String from, String to) {
        return s.transitions()
            .stream()
            .filter(t -> t.from().equals(from) && t.to().equals(to))
            .findFirst()
            .orElseThrow();
    }

    @Test
    void takesRatesFromTheRequestThenTheHistoryThenTheDefaults() {
        List<String> warnings = new ArrayList<>();
        Scenario s = Scenarios.baseline(graph(), request(List.of(new Rate("b", "c", 0.3)), null), DEFAULTS, warnings);

        assertThat(transition(s, "b", "c")).isEqualTo(new Transition("b", "c", "PROMOTES_TO", 0.3, "request", false));
        // 12 people over 3 recorded years out of 40 incumbents
        assertThat(transition(s, "a", "b").rate()).isEqualTo(0.1);
        assertThat(transition(s, "a", "b").source()).isEqualTo("history");
        // a has history, so the recorded silence on a → x means nobody made that move
        assertThat(transition(s, "a", "x").rate()).isZero();
        assertThat(s.attrition()).containsEntry("a", 0.08).containsEntry("b", 0.2);
        assertThat(s.headcounts()).containsEntry("a", 40.0).containsEntry("c", 2.0);
        assertThat(warnings).containsExactly("People moving into the pool from outside it are not projected (1 class: "
                + "elsewhere): add those classes to 'classes', or count the people as 'hires'.");
    }

    @Test
    void movesOutOfThePoolGetRatesLikeAnyOtherAndAreMarkedAsLeavingIt() {
        Scenario s = Scenarios.baseline(graph(), request(List.of(new Rate("c", "top", 0.25)), null), DEFAULTS,
                new ArrayList<>());

        // 6 people over 3 recorded years out of 40 incumbents
        assertThat(transition(s, "a", "out"))
            .isEqualTo(new Transition("a", "out", "PROMOTES_TO", 0.05, "history", true));
        assertThat(transition(s, "c", "top"))
            .isEqualTo(new Transition("c", "top", "PROMOTES_TO", 0.25, "request", true));
        assertThat(transition(s, "a", "b").leavesPool()).isFalse();
        assertThat(s.outside()).containsOnly(Map.entry("out", "Out"), Map.entry("top", "Top"));
    }

    @Test
    void usesTheDefaultsWithoutHistoryAndWarnsOfMissingHeadcounts() {
        ModelGraph graph = graph();
        ModelGraph noHistory = new ModelGraph(graph.classes(), graph.moves(), 0, List.of());
        List<String> warnings = new ArrayList<>();

        Scenario s = Scenarios.baseline(noHistory,
                new ProjectionRequest(null, null, null, null, null, null, null, null, null), DEFAULTS, warnings);

        assertThat(transition(s, "a", "b")).isEqualTo(new Transition("a", "b", "PROMOTES_TO", 0.10, "default", false));
        assertThat(transition(s, "c", "top"))
            .isEqualTo(new Transition("c", "top", "PROMOTES_TO", 0.10, "default", true));
        assertThat(transition(s, "a", "x").rate()).isEqualTo(0.02);
        assertThat(warnings).singleElement().asString().contains("No headcount for c");
    }

    @Test
    void aWhatIfRemovesMovesAndClassesAndChangesRates() {
        WhatIf whatIf = new WhatIf("slower", List.of(new Move("a", "x")), List.of("c"),
                List.of(new Rate("a", "b", 0.05)), null, Map.of("a", 3.0));
        Scenario baseline = Scenarios.baseline(graph(), request(List.of(), whatIf), DEFAULTS, new ArrayList<>());

        Scenario changed = Scenarios.whatIf(baseline, whatIf);

        assertThat(changed.name()).isEqualTo("slower");
        assertThat(changed.classes()).extracting(ModelClass::id).containsExactly("a", "b", "x");
        assertThat(changed.transitions()).containsExactly(
                new Transition("a", "b", "PROMOTES_TO", 0.05, "what-if", false),
                new Transition("a", "out", "PROMOTES_TO", 0.05, "history", true));
        assertThat(changed.hires()).containsEntry("a", 3.0);
        assertThat(changed.headcounts()).doesNotContainKey("c");
    }

    @Test
    void refusesARateForAMoveTheGraphDoesNotHave() {
        assertThatThrownBy(() -> Scenarios.baseline(graph(), request(List.of(new Rate("c", "a", 0.1)), null), DEFAULTS,
                new ArrayList<>()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("no move from 'c' to 'a'");
    }

}
