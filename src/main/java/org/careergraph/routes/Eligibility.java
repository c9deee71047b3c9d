package org.careergraph.routes;

import java.util.ArrayList;
import java.util.List;
import org.careergraph.vocabulary.Education;

/**
 * Checks each step of a route against a person's education and experience, using only the
 * minimum years and the substitutions the class specifications state. Experience grows a
 * year per year; the documents state no time a person must spend in a class, so none is
 * added.
 */
final class Eligibility {

    /**
     * Per-step answers and the route's estimated years (null when a missing degree blocks
     * it).
     */
    record Assessment(List<StepEligibility> steps, Double estimatedYears) {
    }

    private Eligibility() {
    }

    static Assessment assess(Person person, Candidate route) {
        List<StepEligibility> steps = new ArrayList<>();
        steps.add(null);
        double earliest = 0;
        boolean blocked = false;
        for (Candidate.Stop stop : route.stops().subList(1, route.stops().size())) {
            StepEligibility step = step(person, stop, earliest, blocked);
            blocked |= step.earliestYear() == null;
            earliest = blocked ? earliest : step.earliestYear();
            steps.add(step);
        }
        return new Assessment(steps, blocked ? null : earliest);
    }

    private static StepEligibility step(Person person, Candidate.Stop stop, double earliestSoFar, boolean blocked) {
        if (!stop.requirementsStated() || (stop.education() == null && stop.years() == null)) {
            return new StepEligibility("not stated", null, List.of(), blocked ? null : earliestSoFar,
                    "The class specification states no minimum qualifications; none are assumed.");
        }
        Education needed = stop.education();
        int years = stop.years() == null ? 0 : stop.years();
        List<String> missing = new ArrayList<>();
        List<String> how = new ArrayList<>();
        boolean degreeMissing = false;
        if (needed != null && person.education().compareTo(needed) < 0) {
            int gap = needed.yearsAfterHighSchool() - person.education().yearsAfterHighSchool();
            if (stop.experienceForEducation() && gap > 0) {
                years += gap;
                how.add("each of the " + gap
                        + " missing years of education is replaced by a year of experience, as the "
                        + "specification allows");
                missing.add(label(needed) + " (or " + gap + " more years of experience in its place)");
            }
            else {
                degreeMissing = true;
                missing.add(label(needed));
                how.add("the specification allows no experience in place of the " + label(needed));
            }
        }
        else if (needed != null && person.education().compareTo(needed) > 0) {
            int reduction = stop.educationForExperience()
                    ? person.education().yearsAfterHighSchool() - needed.yearsAfterHighSchool() : 0;
            if (person.education().compareTo(Education.MASTER) >= 0 && stop.masterReplacesYears() > reduction) {
                reduction = stop.masterReplacesYears();
            }
            if (reduction > 0 && years > 0) {
                how.add("education beyond the minimum replaces " + Math.min(reduction, years) + " years of experience");
                years = Math.max(0, years - reduction);
            }
        }
        double shortfall = Math.max(0, years - person.years());
        if (shortfall > 0) {
            missing.add(format(shortfall) + " more years of experience (" + years + " needed, " + format(person.years())
                    + " now)");
        }
        if (stop.requirements().condition() != null) {
            how.add("also required, not checked here: " + stop.requirements().condition());
        }
        Double earliest = degreeMissing || blocked ? null : Math.max(earliestSoFar, shortfall);
        String requirement = (needed == null ? "" : label(needed) + " and ") + (stop.years() == null ? 0 : stop.years())
                + " years of experience";
        return new StepEligibility(requirement, missing.isEmpty(), List.copyOf(missing), earliest,
                how.isEmpty() ? "Compared with the stated minimum." : sentence(String.join("; ", how)));
    }

    private static String sentence(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + (text.endsWith(".") ? "" : ".");
    }

    static String label(Education education) {
        return switch (education) {
            case NONE -> "no formal education";
            case HIGH_SCHOOL -> "high school diploma";
            case ASSOCIATE -> "associate's degree";
            case BACHELOR -> "bachelor's degree";
            case MASTER -> "master's degree";
            case DOCTORATE -> "doctorate";
        };
    }

    private static String format(double years) {
        return years == Math.floor(years) ? String.valueOf((long) years) : String.valueOf(years);
    }

}
