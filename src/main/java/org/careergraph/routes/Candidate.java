package org.careergraph.routes;

import java.util.ArrayList;
import java.util.List;
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

    static Candidate of(org.neo4j.driver.Record record) {
        List<Stop> stops = new ArrayList<>();
        for (Value c : record.get("classes").values()) {
            stops.add(new Stop(c.get("id").asString(), c.get("title").asString(), c.get("agency").asString(),
                    c.get("grades").asList(Value::asString),
                    c.get("lowestGrade").isNull() ? null : c.get("lowestGrade").asInt(), c.get("level").asInt(),
                    c.get("education").isNull() ? null : Education.fromKey(c.get("education").asString()),
                    c.get("years").isNull() ? null : c.get("years").asInt(), c.as(ClassRequirements.class),
                    c.get("experienceForEducation").asBoolean(false), c.get("educationForExperience").asBoolean(false),
                    c.get("masterReplacesYears").asInt(0)));
        }
        List<Hop> hops = new ArrayList<>();
        for (Value r : record.get("steps").values()) {
            hops.add(
                    new Hop(r.get("type").asString(), r.get("basis").asString(null), r.get("sourceFile").asString(null),
                            r.get("sourceLine").isNull() ? null : r.get("sourceLine").asInt()));
        }
        return new Candidate(List.copyOf(stops), List.copyOf(hops));
    }
}
