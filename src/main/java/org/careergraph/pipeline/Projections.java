package org.careergraph.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.RealVector;
import org.careergraph.catalog.ClassMatch;
import org.careergraph.catalog.ClassSearch;
import org.careergraph.cypher.CypherScripts;
import org.careergraph.pipeline.ManpowerModel.AbsorbingChain;
import org.careergraph.pipeline.ModelGraph.ModelClass;
import org.careergraph.pipeline.ModelGraph.ModelMove;
import org.careergraph.pipeline.ProjectionAnswer.ClassProjection;
import org.careergraph.pipeline.ProjectionAnswer.FeederReach;
import org.careergraph.pipeline.ProjectionAnswer.Reach;
import org.careergraph.pipeline.ProjectionAnswer.Result;
import org.careergraph.web.ProblemException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Runs manpower projections on the graph: who will be where in N years, and what changes if the ladder does. */
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

    /** The projection asked for; a request the model cannot run (a move the graph lacks, rates above 1) is a 400. */
    ProjectionAnswer project(ProjectionRequest asked) {
        try {
            return run(asked);
        } catch (IllegalArgumentException e) {
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
        } else if (target != null) {
            scope = new ArrayList<>(feeders.feeders(target.id(), request.maxMoves()).feeders().stream()
                    .map(FeederAnswer.Feeder::id).toList());
            scope.add(target.id());
        }
        ModelGraph graph = read(scope);
        List<String> warnings = new ArrayList<>();
        Scenario baseline = Scenarios.baseline(graph, request, defaults, warnings);
        ClassRef targetRef = target == null ? null : new ClassRef(target.id(), target.title(), target.agency(), target.level());
        return new ProjectionAnswer(request.years(), targetRef, warnings,
                result(baseline, request.years(), targetRef),
                request.whatIf() == null ? null : result(Scenarios.whatIf(baseline, request.whatIf()), request.years(), targetRef));
    }

    private ModelGraph read(List<String> scope) {
        List<ModelMove> moves = new ArrayList<>();
        List<ModelClass> classes = List.copyOf(neo4j.query(cypher.query("pipeline/projection-graph"))
                .bind(scope).to("ids").fetchAs(ModelClass.class).mappedBy((types, r) -> {
                    String id = r.get("id").asString();
                    r.get("moves").asList(v -> v).forEach(m -> moves.add(new ModelMove(id, m.get("to").asString(),
                            m.get("type").asString(), m.get("moved").asInt())));
                    return r.as(ModelClass.class);
                }).all());
        int years = neo4j.query(cypher.query("pipeline/history-years")).fetchAs(Integer.class).one().orElse(0);
        return new ModelGraph(classes, moves, years);
    }

    static Result result(Scenario scenario, int years, ClassRef target) {
        ManpowerModel model = new ManpowerModel(scenario);
        List<RealVector> path = model.project(scenario.headcounts(), years);
        List<ClassProjection> classes = new ArrayList<>();
        for (int i = 0; i < scenario.classes().size(); i++) {
            ModelClass c = scenario.classes().get(i);
            List<Double> headcount = new ArrayList<>();
            List<Double> vacancies = c.authorized() == null ? null : new ArrayList<>();
            for (RealVector year : path) {
                headcount.add(ManpowerModel.round(year.getEntry(i)));
                if (vacancies != null) {
                    vacancies.add(ManpowerModel.round(c.authorized() - year.getEntry(i)));
                }
            }
            classes.add(new ClassProjection(c.id(), c.title(), c.level(), c.authorized(),
                    scenario.attrition().getOrDefault(c.id(), 0.0), scenario.hires().getOrDefault(c.id(), 0.0),
                    headcount, vacancies));
        }
        List<Double> totals = path.stream().map(v -> ManpowerModel.round(Arrays.stream(v.toArray()).sum())).toList();
        List<Transition> transitions = scenario.transitions().stream()
                .map(t -> t.withRate(ManpowerModel.round(t.rate()), t.source())).toList();
        boolean targetModelled = target != null && model.states().contains(target.id());
        return new Result(scenario.name(), classes, totals, transitions,
                targetModelled ? reach(model, scenario, target) : null);
    }

    private static Reach reach(ManpowerModel model, Scenario scenario, ClassRef target) {
        AbsorbingChain chain = model.reach(target.id());
        if (chain == null) {
            return new Reach(target, List.of(), List.of(), List.of());
        }
        Map<String, String> titles = new HashMap<>();
        scenario.classes().forEach(c -> titles.put(c.id(), c.title()));
        List<List<Double>> matrix = new ArrayList<>();
        List<FeederReach> reach = new ArrayList<>();
        for (int i = 0; i < chain.classes().size(); i++) {
            matrix.add(Arrays.stream(chain.fundamental().getRow(i)).map(ManpowerModel::round).boxed().toList());
            Double years = chain.yearsToReach(i);
            reach.add(new FeederReach(chain.classes().get(i), titles.get(chain.classes().get(i)),
                    ManpowerModel.round(chain.probability().getEntry(i)), years == null ? null : ManpowerModel.round(years),
                    ManpowerModel.round(chain.yearsInService().getEntry(i))));
        }
        return new Reach(target, chain.classes(), matrix, reach);
    }
}
