package org.careergraph.observed;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careergraph.catalog.ClassSearch;
import org.careergraph.cypher.CypherScripts;
import org.careergraph.observed.ObservedMove.ClassEnd;
import org.careergraph.vocabulary.MoveType;
import org.careergraph.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a de facto move into a reviewed one: HR states why people may make it, and from
 * then on it is an ordinary move of HR's (origin {@code hr}), walked by every route and
 * listed in the moves.csv export, with who reviewed it and when in its provenance and in
 * a review record that imports never remove.
 */
@Service
class MoveReviews {

    private static final Logger log = LoggerFactory.getLogger(MoveReviews.class);
    static final String ORIGIN = "hr";

    private final Neo4jClient neo4j;

    private final CypherScripts cypher;

    private final ClassSearch search;

    private final DeFactoMoves deFacto;

    MoveReviews(Neo4jClient neo4j, CypherScripts cypher, ClassSearch search, DeFactoMoves deFacto) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.search = search;
        this.deFacto = deFacto;
    }

    @Transactional
    public synchronized ReviewedMove review(MoveReviewRequest request, String user) {
        String fromId = search.resolve(request.from()).id();
        String toId = search.resolve(request.to()).id();
        if (fromId.equals(toId)) {
            throw ProblemException
                .badRequest("'from' and 'to' both name " + fromId + "; a move leads to another class");
        }
        Map<String, Object> found = neo4j.query(cypher.query("observed/review-candidate"))
            .bind(fromId)
            .to("from")
            .bind(toId)
            .to("to")
            .fetch()
            .one()
            .orElseThrow();
        ClassEnd from = end(found.get("from"));
        ClassEnd to = end(found.get("to"));
        int people = ((Number) found.get("people")).intValue();
        List<Integer> years = ((List<?>) found.get("years")).stream()
            .map(y -> ((Number) y).intValue())
            .distinct()
            .sorted()
            .toList();
        List<?> documented = (List<?>) found.get("documented");
        if (!documented.isEmpty()) {
            throw new ReviewRefusedException(HttpStatus.CONFLICT, from.title() + " to " + to.title()
                    + " is not a de facto " + "move: " + documented.get(0) + " already joins them.");
        }
        if (people == 0) {
            throw new ReviewRefusedException(HttpStatus.CONFLICT, "Nobody is recorded moving from " + from.title()
                    + " to " + to.title() + "; a move nobody made is added through moves.csv.");
        }
        MoveType type = type(request.type(), from, to);
        String at = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String source = "reviewed by " + user + " on " + at;
        Map<String, Object> properties = new HashMap<>();
        properties.put("basis", request.basis().strip());
        properties.put("sourceFile", source);
        properties.put("reviewedBy", user);
        properties.put("reviewedAt", at);
        neo4j.query(cypher.query("import/upsert-moves"))
            .bindAll(Map.of("origin", ORIGIN, "moves",
                    List.of(Map.of("type", type.name(), "from", fromId, "to", toId, "properties", properties))))
            .run();
        Map<String, Object> review = new HashMap<>(properties);
        review.remove("sourceFile");
        review.putAll(Map.of("from", fromId, "to", toId, "type", type.name(), "people", people, "years", years));
        neo4j.query(cypher.query("observed/record-review")).bind(review).to("review").run();
        deFacto.refresh();
        log.info("{} reviewed the de facto move {} > {} as {} ({} people recorded)", user, fromId, toId, type, people);
        return new ReviewedMove(from, to, type.name(), request.basis().strip(), user, at, people, years, source, true);
    }

    @Transactional(readOnly = true)
    public List<ReviewedMove> reviews() {
        return List.copyOf(neo4j.query(cypher.query("observed/reviews")).fetch().all().stream().map(row -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) row.get("review");
            String by = (String) r.get("reviewedBy");
            String at = (String) r.get("reviewedAt");
            return new ReviewedMove(end(row.get("from")), end(row.get("to")), (String) r.get("type"),
                    (String) r.get("basis"), by, at, ((Number) r.get("people")).intValue(),
                    ((List<?>) r.get("years")).stream().map(y -> ((Number) y).intValue()).toList(),
                    "reviewed by " + by + " on " + at, (Boolean) row.get("inForce"));
        }).toList());
    }

    /**
     * The kind of move a review makes: as asked, or from the two classes' levels and
     * agencies.
     */
    static MoveType type(String asked, ClassEnd from, ClassEnd to) {
        int gain = to.level() - from.level();
        if (gain < 0) {
            throw new ReviewRefusedException(HttpStatus.UNPROCESSABLE_ENTITY,
                    from.title() + " (level of work " + from.level() + ") to " + to.title() + " (level " + to.level()
                            + ") leads downward; routes never move downward, so " + "it stays a recorded move only.");
        }
        boolean sameAgency = from.agency().equals(to.agency());
        MoveType type;
        if (asked == null || asked.isBlank()) {
            type = gain > 0 ? MoveType.PROMOTES_TO : sameAgency ? MoveType.SAME_GRADE : MoveType.PEER_OF;
        }
        else {
            try {
                type = MoveType.valueOf(asked.strip().toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException e) {
                throw ProblemException
                    .badRequest("'type' must be PROMOTES_TO, SAME_GRADE or PEER_OF, was '" + asked + "'");
            }
        }
        String wrong = switch (type) {
            case PROMOTES_TO -> gain > 0 ? null : "a promotion must lead to a higher level of work";
            case SAME_GRADE -> sameAgency ? null : "a same-grade move stays within one agency; use PEER_OF";
            case PEER_OF -> sameAgency ? "a peer move leads to another agency; use SAME_GRADE or PROMOTES_TO" : null;
        };
        if (wrong != null) {
            throw new ReviewRefusedException(HttpStatus.UNPROCESSABLE_ENTITY,
                    "Cannot review " + from.title() + " to " + to.title() + " as " + type + ": " + wrong + ".");
        }
        return type;
    }

    @SuppressWarnings("unchecked")
    private static ClassEnd end(Object value) {
        Map<String, Object> c = (Map<String, Object>) value;
        return new ClassEnd((String) c.get("id"), (String) c.get("title"), (String) c.get("agency"),
                ((Number) c.get("level")).intValue());
    }

}
