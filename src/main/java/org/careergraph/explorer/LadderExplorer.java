package org.careergraph.explorer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careergraph.cypher.CypherScripts;
import org.careergraph.explorer.FocusSummary.AgencySummary;
import org.careergraph.explorer.FocusSummary.FamilySummary;
import org.careergraph.explorer.Ladder.CollapsedFamily;
import org.careergraph.explorer.Ladder.LadderClass;
import org.careergraph.explorer.Ladder.LadderMove;
import org.careergraph.explorer.Ladder.ObservedLink;
import org.careergraph.observed.Period;
import org.neo4j.driver.Value;
import org.careergraph.web.ProblemException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads bounded pieces of the graph for the explorer, so a state-size graph is never
 * drawn all at once.
 */
@Service
@Transactional(readOnly = true)
class LadderExplorer {

    static final int COLLAPSED_LIMIT = 40;

    private final Neo4jClient neo4j;

    private final CypherScripts cypher;

    LadderExplorer(Neo4jClient neo4j, CypherScripts cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    List<AgencySummary> agencies() {
        return List.copyOf(neo4j.query(cypher.query("explorer/agencies"))
            .fetchAs(AgencySummary.class)
            .mappedBy((types, r) -> r.as(AgencySummary.class))
            .all());
    }

    List<FamilySummary> families(String agency) {
        return List.copyOf(neo4j.query(cypher.query("explorer/families"))
            .bind(agency)
            .to("agency")
            .fetchAs(FamilySummary.class)
            .mappedBy((types, r) -> r.as(FamilySummary.class))
            .all());
    }

    /**
     * The classes in focus, capped, with their moves and the families around them
     * collapsed; with a period, also where people were recorded moving among them in it.
     */
    Ladder ladder(LadderFocus focus, Period observed) {
        rejectUnknown(focus);
        Ladder ladder = neo4j.query(cypher.query("explorer/ladder"))
            .bindAll(Map.of("agencies", focus.agencies(), "families", focus.families(), "include", focus.include(),
                    "ladders", focus.ladders(), "limit", focus.limit(), "groupLimit", COLLAPSED_LIMIT))
            .fetchAs(Ladder.class)
            .mappedBy((types, r) -> {
                int total = r.get("total").asInt();
                return new Ladder(total, total > focus.limit(), focus.limit(),
                        r.get("classes").asList(c -> c.as(LadderClass.class)),
                        r.get("moves").asList(m -> m.as(LadderMove.class)),
                        r.get("collapsed").asList(f -> f.as(CollapsedFamily.class)), null);
            })
            .one()
            .orElseThrow();
        return observed == null ? ladder : withObserved(ladder, observed);
    }

    private Ladder withObserved(Ladder ladder, Period period) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ids", ladder.classes().stream().map(LadderClass::id).toList());
        parameters.put("fromYear", period.from());
        parameters.put("toYear", period.to());
        return ladder.withObserved(List.copyOf(neo4j.query(cypher.query("explorer/observed-moves"))
            .bindAll(parameters)
            .fetchAs(ObservedLink.class)
            .mappedBy((types, r) -> new ObservedLink(r.get("from").asString(), r.get("to").asString(),
                    r.get("people").asInt(), r.get("years").asList(Value::asInt), r.get("deFacto").asBoolean()))
            .all()));
    }

    private void rejectUnknown(LadderFocus focus) {
        var unknown = neo4j.query(cypher.query("explorer/unknown-focus"))
            .bindAll(Map.of("agencies", focus.agencies(), "families", focus.families(), "include", focus.include()))
            .fetch()
            .one()
            .orElseThrow();
        List<String> problems = new ArrayList<>();
        describe(problems, "agency", unknown.get("agencies"));
        describe(problems, "family", unknown.get("families"));
        describe(problems, "class", unknown.get("classes"));
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest("The graph holds no " + String.join("; no ", problems)
                    + ". Agencies are listed at /api/graph/agencies, families at /api/graph/agencies/{code}/families.");
        }
    }

    @SuppressWarnings("unchecked")
    private static void describe(List<String> problems, String kind, Object names) {
        List<String> list = (List<String>) names;
        if (!list.isEmpty()) {
            problems.add(kind + " " + String.join(", ", list.stream().map(n -> "'" + n + "'").toList()));
        }
    }

}
