package org.careergraph.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.careergraph.catalog.ClassMatch;
import org.careergraph.catalog.ClassSearch;
import org.careergraph.cypher.CypherScripts;
import org.careergraph.pipeline.ModelGraph.ModelClass;
import org.careergraph.pipeline.ModelGraph.ModelMove;
import org.careergraph.web.ProblemException;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs manpower projections on the graph: who will be where in N years, and what changes
 * if the ladder does.
 */
@Service
@Transactional(readOnly = true)
class Projections {

    private final Neo4jClient neo4j;

    private final CypherScripts cypher;

    private final ClassSearch search;

    private final FeederPool feeders;

    private final PipelineProperties defaults;

    Projections(Neo4jClient neo4j, CypherScripts cypher, ClassSearch search, FeederPool feeders,
            PipelineProperties defaults) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.search = search;
        this.feeders = feeders;
        this.defaults = defaults;
    }

    /**
     * The projection asked for; a request the model cannot run (a move the graph lacks,
     * rates above 1) is a 400.
     */
    ProjectionAnswer project(ProjectionRequest asked) {
        try {
            return run(asked);
        }
        catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
    }

    private ProjectionAnswer run(ProjectionRequest asked) {
        Map<String, ClassMatch> named = new HashMap<>();
        ProjectionRequest request = asked.resolved(text -> named.computeIfAbsent(text, search::resolve).id());
        ClassMatch target = request.target() == null ? null : named.get(asked.target());
        List<String> scope = null;
        if (!request.classes().isEmpty()) {
            scope = new ArrayList<>(request.classes());
            if (target != null && !scope.contains(target.id())) {
                scope.add(target.id());
            }
        }
        else if (target != null) {
            scope = new ArrayList<>(feeders.feeders(target.id(), request.maxMoves())
                .feeders()
                .stream()
                .map(FeederAnswer.Feeder::id)
                .toList());
            scope.add(target.id());
        }
        ModelGraph graph = read(scope);
        List<String> warnings = new ArrayList<>();
        Scenario baseline = Scenarios.baseline(graph, request, defaults, warnings);
        ClassRef targetRef = target == null ? null
                : new ClassRef(target.id(), target.title(), target.agency(), target.level());
        return new ProjectionAnswer(request.years(), targetRef, warnings,
                ScenarioProjection.of(baseline, request.years(), targetRef),
                request.whatIf() == null ? null : ScenarioProjection.of(Scenarios.whatIf(baseline, request.whatIf()),
                        request.years(), targetRef));
    }

    private ModelGraph read(List<String> scope) {
        List<ModelMove> moves = new ArrayList<>();
        Set<String> enteredFrom = new TreeSet<>();
        List<ModelClass> classes = List.copyOf(neo4j.query(cypher.query("pipeline/projection-graph"))
            .bind(scope)
            .to("ids")
            .fetchAs(ModelClass.class)
            .mappedBy((types, r) -> {
                String id = r.get("id").asString();
                r.get("moves")
                    .asList(v -> v)
                    .forEach(m -> moves.add(new ModelMove(id, m.get("to").asString(), m.get("title").asString(),
                            m.get("type").asString(), m.get("moved").asInt(), m.get("withinPool").asBoolean())));
                enteredFrom.addAll(r.get("enteredFrom").asList(Value::asString));
                return r.as(ModelClass.class);
            })
            .all());
        int years = neo4j.query(cypher.query("pipeline/history-years")).fetchAs(Integer.class).one().orElse(0);
        return new ModelGraph(classes, moves, years, List.copyOf(enteredFrom));
    }

}
