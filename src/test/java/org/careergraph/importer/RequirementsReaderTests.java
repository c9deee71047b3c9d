package org.careergraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.careergraph.vocabulary.Education;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Requirement sentences as HR writes them, beyond the wording of the seed documents. */
class RequirementsReaderTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Associate’s degree from an accredited institution.                      | ASSOCIATE
            Associate Degree in a related field.                                    | ASSOCIATE
            An associate of applied science in networking.                          | ASSOCIATE
            A two-year degree in electronics.                                       | ASSOCIATE
            Bachelor’s degree in Computer Science.                                  | BACHELOR
            Baccalaureate in accounting or a four-year degree in finance.           | BACHELOR
            Master’s degree in public administration.                               | MASTER
            Ph.D. in statistics.                                                    | DOCTORATE
            A doctorate in chemistry.                                               | DOCTORATE
            GED or high school diploma.                                             | HIGH_SCHOOL
            Graduation from high school or a G.E.D. certificate.                    | HIGH_SCHOOL
            Diploma from a recognised secondary school.                             | HIGH_SCHOOL
            Managed three projects in the last two years.                           |
            """)
    void readsDegreesByTheirCommonNames(String text, Education expected) {
        assertThat(RequirementsReader.education(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Six (6) years of experience.                              | 6
            six years of experience.                                  | 6
            6 years of experience.                                    | 6
            Thirteen years of progressively responsible experience.   | 13
            Eighteen (18) years in the field.                         | 18
            twenty years of service.                                  | 20
            Three to five years of experience.                        | 3
            three (3) to five (5) years of experience.                | 3
            3–5 years of experience.                                  | 3
            5+ years of experience.                                   | 5
            One or more years of experience.                          | 1
            Two (2) full-time years of experience.                    | 2
            """)
    void readsYearsAsWordsDigitsBothAndRanges(String text, int expected) {
        assertThat(RequirementsReader.years(text)).isEqualTo(expected);
    }

    @Test
    void anEquivalentCombinationAllowsBothSubstitutionsAndKeepsTheMinimum() {
        Requirements r = RequirementsReader.read("Bachelor’s degree and four years of experience, or an equivalent "
                + "combination of education and experience.", null);

        assertThat(r.education()).isEqualTo(Education.BACHELOR);
        assertThat(r.years()).isEqualTo(4);
        assertThat(r.experienceForEducation()).isTrue();
        assertThat(r.educationForExperience()).isTrue();
        assertThat(r.substitutions()).containsExactly("or an equivalent combination of education and experience.");
    }

    @Test
    void certificationsAndLicencesAreConditionsBesideEducationAndYears() {
        Requirements r = RequirementsReader.read("Associate’s degree and two (2) years of experience; must possess a "
                + "valid driver’s license. Certification as a CFM within one year of appointment.", null);

        assertThat(r.education()).isEqualTo(Education.ASSOCIATE);
        assertThat(r.years()).isEqualTo(2);
        assertThat(r.condition()).isEqualTo(
                "must possess a valid driver’s license. Certification as a CFM within one " + "year of appointment.");
    }

    @Test
    void aSubstitutedCertificationIsNoCondition() {
        Requirements r = RequirementsReader.read(
                "Bachelor's degree. Technical certifications may be substituted for " + "one year of experience.",
                null);

        assertThat(r.condition()).isNull();
        assertThat(r.substitutions()).hasSize(1);
    }

}
