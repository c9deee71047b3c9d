package org.careergraph.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careergraph.vocabulary.ClassRequirements;
import org.careergraph.vocabulary.Education;
import org.junit.jupiter.api.Test;

class EligibilityTests {

    static Candidate.Stop stop(String title, Education education, Integer years, boolean experienceForEducation,
            boolean educationForExperience, int masterReplacesYears) {
        ClassRequirements requirements = new ClassRequirements(
                education == null ? ClassRequirements.NOT_STATED : education.key(), years, null,
                education == null && years == null ? null : "stated", List.of());
        return new Candidate.Stop(title.toLowerCase().replace(' ', '-'), title, "agency", List.of(), null, 1, education,
                years, requirements, experienceForEducation, educationForExperience, masterReplacesYears);
    }

    static Candidate route(Candidate.Stop... stops) {
        List<Candidate.Hop> hops = java.util.stream.IntStream.range(1, stops.length)
            .mapToObj(i -> new Candidate.Hop("PROMOTES_TO", "ladder", "doc.txt", i))
            .toList();
        return new Candidate(List.of(stops), hops);
    }

    @Test
    void replacesMissingYearsOfEducationWithExperienceWhereTheSpecificationAllows() {
        Candidate route = route(stop("Technician", Education.ASSOCIATE, 0, true, true, 0),
                stop("Supervisor", Education.BACHELOR, 5, true, true, 0));

        Eligibility.Assessment result = Eligibility.assess(new Person(Education.ASSOCIATE, 3, null), route);

        StepEligibility supervisor = result.steps().get(1);
        assertThat(supervisor.meetsNow()).isFalse();
        assertThat(supervisor.missing()).containsExactly(
                "bachelor's degree (or 2 more years of experience in its place)",
                "4 more years of experience (7 needed, 3 now)");
        assertThat(supervisor.earliestYear()).isEqualTo(4.0);
        assertThat(result.estimatedYears()).isEqualTo(4.0);
    }

    @Test
    void aMissingDegreeWithoutSubstitutionBlocksTheRestOfTheRoute() {
        Candidate route = route(stop("Start", null, null, false, false, 0),
                stop("Specialist", Education.BACHELOR, 5, false, false, 0),
                stop("Lead", Education.BACHELOR, 6, false, false, 0));

        Eligibility.Assessment result = Eligibility.assess(new Person(Education.HIGH_SCHOOL, 10, null), route);

        assertThat(result.steps().get(1).missing()).containsExactly("bachelor's degree");
        assertThat(result.steps().get(1).earliestYear()).isNull();
        assertThat(result.steps().get(2).earliestYear()).isNull();
        assertThat(result.estimatedYears()).isNull();
    }

    @Test
    void aMastersDegreeReplacesTheYearsTheSpecificationSays() {
        Candidate route = route(stop("Professional", null, null, false, false, 0),
                stop("Senior Professional", Education.BACHELOR, 6, true, false, 2));

        StepEligibility senior = Eligibility.assess(new Person(Education.MASTER, 4, null), route).steps().get(1);

        assertThat(senior.meetsNow()).isTrue();
        assertThat(senior.earliestYear()).isZero();
        assertThat(senior.explanation()).contains("replaces 2 years of experience");
    }

    @Test
    void saysNotStatedAndAddsNoTimeWhereTheDocumentIsSilent() {
        Candidate route = route(stop("Staff", null, null, false, false, 0),
                stop("Associate", Education.BACHELOR, 2, false, false, 0), stop("Senior", null, null, false, false, 0));

        Eligibility.Assessment result = Eligibility.assess(new Person(Education.BACHELOR, 1, 1.0), route);

        assertThat(result.steps().get(2).requirement()).isEqualTo("not stated");
        assertThat(result.steps().get(2).meetsNow()).isNull();
        assertThat(result.steps().get(2).earliestYear()).isEqualTo(1.0);
        assertThat(result.estimatedYears()).isEqualTo(1.0);
    }

    @Test
    void yearsInTheCurrentClassCountAsExperience() {
        assertThat(new Person(Education.BACHELOR, 1, 4.0).years()).isEqualTo(4.0);
    }

}
