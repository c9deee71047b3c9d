package org.careergraph.observed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.careergraph.catalog.ClassSearch;
import org.careergraph.cypher.CypherScripts;
import org.careergraph.observed.ObservedMove.Basis;
import org.careergraph.observed.ObservedMove.ClassEnd;
import org.careergraph.observed.ObservedMovesAnswer.Recorded;
import org.careergraph.observed.ObservedMovesAnswer.Totals;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares where people went, as HR's recorded history says, with the moves the documents
 * and HR's reviews list: the answer behind {@code /api/pipeline/observed-moves} and the
 * observed part of a class's next moves.
 */
@Service
@Transactional(readOnly = true)
public class ObservedMoves {

    private final Neo4jClient neo4j;

    private final CypherScripts cypher;

    private final ClassSearch search;

    ObservedMoves(Neo4jClient neo4j, CypherScripts cypher, ClassSearch search) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.search = search;
    }

    /**
     * @param agency an agency code, or null; @param classText a class id or title, or
     * null
     */
    ObservedMovesAnswer find(Period period, String agency, String classText) {
        String classId = classText == null ? null : search.resolve(classText).id();
        if (agency != null && !neo4j.query(cypher.query("observed/agency-exists"))
            .bind(agency)
            .to("agency")
            .fetchAs(Boolean.class)
            .one()
            .orElse(false)) {
            throw new UnknownAgencyException(agency);
        }
        Map<String, Object> parameters = parameters(period);
        parameters.put("agency", agency);
        parameters.put("class", classId);
        Recorded recorded = recorded(period);
        List<ObservedMove> moves = moves(parameters, recorded.years());
        List<NotTaken> notTaken = List.copyOf(neo4j.query(cypher.query("observed/moves-not-taken"))
            .bindAll(parameters)
            .fetchAs(NotTaken.class)
            .mappedBy((types, r) -> new NotTaken(end(r.get("from")), end(r.get("to")), r.get("type").asString(),
                    r.get("basis").asString(null), r.get("origin").asString(null)))
            .all());
        List<ObservedMove> deFacto = moves.stream().filter(ObservedMove::deFacto).toList();
        Totals totals = new Totals(moves.size(), moves.stream().mapToInt(ObservedMove::people).sum(), deFacto.size(),
                deFacto.stream().mapToInt(ObservedMove::people).sum(), notTaken.size());
        return new ObservedMovesAnswer(recorded, agency, classId, totals, moves, notTaken);
    }

    /** Where people recorded leaving a class went in the period, most people first. */
    public List<ObservedMove> outOf(String classId, Period period) {
        Map<String, Object> parameters = parameters(period);
        parameters.put("agency", null);
        parameters.put("class", classId);
        return moves(parameters, recorded(period).years()).stream().filter(m -> m.from().id().equals(classId)).toList();
    }

    private Recorded recorded(Period period) {
        return neo4j.query(cypher.query("observed/recorded-years"))
            .bindAll(parameters(period))
            .fetchAs(Recorded.class)
            .mappedBy((types, r) -> new Recorded(period.from(), period.to(), integer(r, "first"), integer(r, "last"),
                    r.get("years").asInt(), period.words()))
            .one()
            .orElseThrow();
    }

    private List<ObservedMove> moves(Map<String, Object> parameters, int years) {
        return List.copyOf(neo4j.query(cypher.query("observed/observed-moves"))
            .bindAll(parameters)
            .fetchAs(ObservedMove.class)
            .mappedBy((types, r) -> move(r, years))
            .all());
    }

    private static ObservedMove move(Record r, int years) {
        ClassEnd from = end(r.get("from"));
        ClassEnd to = end(r.get("to"));
        int people = r.get("people").asInt();
        Map<Integer, Integer> byYear = new TreeMap<>();
        r.get("byYear")
            .values()
            .forEach(y -> byYear.merge(y.get("year").asInt(), y.get("people").asInt(), Integer::sum));
        double perYear = years == 0 ? 0 : (double) people / years;
        Integer incumbents = integer(r, "incumbents");
        int leavers = r.get("leavers").asInt();
        List<Basis> documented = r.get("documented")
            .asList(b -> new Basis(b.get("type").asString(), b.get("basis").asString(null),
                    b.get("origin").asString(null), b.get("reviewedBy").asString(null),
                    b.get("reviewedAt").asString(null)));
        return new ObservedMove(from, to, people, byYear, round(perYear), incumbents,
                incumbents == null || incumbents == 0 ? null : round(perYear / incumbents),
                leavers == 0 ? 0 : round((double) people / leavers), to.level() - from.level(), documented.isEmpty(),
                documented);
    }

    private static Map<String, Object> parameters(Period period) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("fromYear", period.from());
        parameters.put("toYear", period.to());
        return parameters;
    }

    static ClassEnd end(Value c) {
        return new ClassEnd(c.get("id").asString(), c.get("title").asString(), c.get("agency").asString(),
                c.get("level").asInt());
    }

    private static Integer integer(Record r, String key) {
        return r.get(key).isNull() ? null : r.get(key).asInt();
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

}
