package org.careergraph.routes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careergraph.vocabulary.ClassRequirements;
import org.careergraph.vocabulary.Education;
import org.careergraph.observed.DeFactoMoves;
import org.careergraph.vocabulary.MoveType;
import org.neo4j.driver.Value;

/** A route as the path search returns it, before it is ranked and explained. */
record Candidate(List<Stop> stops, List<Hop> hops) {

    /** A class on the route with the facts ranking and eligibility need. */
    record Stop(String id, String title, String agency, List<String> grades, Integer lowestGrade, int level,
            Education education, Integer years, ClassRequirements requirements, boolean experienceForEducation,
            boolean educationForExperience, int masterReplacesYears) {

        boolean requirementsStated() {
            return requirements.text() != null;
        }
    }

    /** The move into a stop. */
    record Hop(String type, String basis, String sourceFile, Integer sourceLine) {
    }

    int moves() {
        return hops.size();
    }

    long count(MoveType type) {
        return hops.stream().filter(h -> h.type().equals(type.name())).count();
    }

    /**
     * Moves people made that no document or review lists, walked when a question asks for
     * them.
     */
    long deFactoMoves() {
        return hops.stream().filter(h -> h.type().equals(DeFactoMoves.RELATIONSHIP)).count();
    }

    /**
     * A route from the path search's class ids and move facts, with its classes as
     * {@link RouteClasses} read them.
     */
    static Candidate of(org.neo4j.driver.Record record, Map<String, Stop> classes) {
        List<Stop> stops = record.get("classes").asList(v -> classes.get(v.asString()));
        List<Hop> hops = new ArrayList<>();
        for (Value r : record.get("steps").values()) {
            hops.add(
                    new Hop(r.get("type").asString(), r.get("basis").asString(null), r.get("sourceFile").asString(null),
                            r.get("sourceLine").isNull() ? null : r.get("sourceLine").asInt()));
        }
        return new Candidate(List.copyOf(stops), List.copyOf(hops));
    }
}
