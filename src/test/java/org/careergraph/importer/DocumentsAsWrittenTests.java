package org.careergraph.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.careergraph.importer.TestDocuments.*;

import java.util.List;
import org.careergraph.vocabulary.Education;
import org.careergraph.vocabulary.ItemKind;
import org.careergraph.vocabulary.Supervision;
import org.junit.jupiter.api.Test;

/**
 * Reads documents written for the tests the way HR writes them: every section, with its
 * line.
 */
class DocumentsAsWrittenTests {

    static ClassSpec named(ParsedDocument doc, String title) {
        return doc.classes().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow();
    }

    static List<String> texts(ClassSpec spec, ItemKind kind) {
        return spec.profile().of(kind).stream().map(StatedItem::text).toList();
    }

    @Test
    void readsAFamilyWithByteOrderMarkWindowsLineEndingsAndAPageHeaderMidClass() {
        ParsedDocument doc = parse(FACILITIES_FAMILY);

        assertThat(doc.family()).isEqualTo("Facilities Maintenance");
        assertThat(doc.statedAgency()).isEqualTo("State Facilities Department");
        assertThat(doc.classes()).extracting(ClassSpec::title)
            .containsExactly("Maintenance Worker", "Maintenance Technician", "Maintenance Supervisor",
                    "Maintenance Manager");
        assertThat(doc.classes()).extracting(ClassSpec::line).containsExactly(14, 24, 34, 52);
        assertThat(doc.classes()).extracting(c -> c.requirements().education())
            .containsExactly(Education.HIGH_SCHOOL, Education.ASSOCIATE, Education.ASSOCIATE, Education.BACHELOR);
        assertThat(doc.classes()).extracting(c -> c.requirements().years()).containsExactly(0, 2, 3, 6);
        ClassSpec supervisor = named(doc, "Maintenance Supervisor");
        assertThat(supervisor.summary()).doesNotContain("JOB FAMILY", "CAREER PATH")
            .contains("for ordering parts within budget.");
        assertThat(supervisor.profile().of(ItemKind.RESPONSIBILITY).get(0))
            .isEqualTo(new StatedItem(ItemKind.RESPONSIBILITY,
                    "Supervisory positions at this level are accountable for scheduling crews across "
                            + "several buildings and for ordering parts within budget.",
                    38, false));
        assertThat(supervisor.requirements().experienceForEducation()).isTrue();
    }

    @Test
    void keepsEachLevelsSupervisionWithTheSentenceThatSaysSo() {
        ParsedDocument doc = parse(FACILITIES_FAMILY);

        assertThat(doc.classes()).extracting(c -> c.profile().supervision())
            .containsExactly(null, Supervision.LEAD, Supervision.SUPERVISES, Supervision.MANAGES);
        assertThat(named(doc, "Maintenance Supervisor").profile().of(ItemKind.SUPERVISION)).extracting(StatedItem::line)
            .containsExactly(38, 46, 46);
        assertThat(texts(named(doc, "Maintenance Manager"), ItemKind.IMPACT))
            .containsExactly("Decisions have a statewide impact on building safety.");
    }

    @Test
    void marksTheFamilysTypicalFunctionsAsStatedForTheWholeSeries() {
        ParsedDocument doc = parse(FACILITIES_FAMILY);

        for (ClassSpec spec : doc.classes()) {
            assertThat(spec.profile().items()).filteredOn(StatedItem::seriesWide)
                .containsExactly(
                        new StatedItem(ItemKind.RESPONSIBILITY, "Inspect building systems on a schedule.", 11, true),
                        new StatedItem(ItemKind.RESPONSIBILITY, "Respond to “urgent” work orders.", 12, true));
        }
        assertThat(named(doc, "Maintenance Worker").profile().items()).filteredOn(i -> !i.seriesWide())
            .extracting(StatedItem::text)
            .containsExactly("Workers at this level perform routine repairs under close " + "direction.",
                    "Keeps tools and vehicles clean.");
    }

    @Test
    void readsCertificationsAndLicencesStatedAsConditions() {
        ParsedDocument doc = parse(FACILITIES_FAMILY);

        ClassSpec technician = named(doc, "Maintenance Technician");
        assertThat(technician.profile().of(ItemKind.LICENCE))
            .containsExactly(new StatedItem(ItemKind.LICENCE, "must possess a valid driver’s license.", 32, false));
        assertThat(technician.requirements().condition()).isEqualTo("must possess a valid driver’s license.");
        assertThat(texts(named(doc, "Maintenance Supervisor"), ItemKind.CERTIFICATION)).containsExactly(
                "Certification as a Certified Facilities Manager (CFM) is required within one year of appointment.");
        assertThat(named(doc, "Maintenance Worker").profile().of(ItemKind.CERTIFICATION)).isEmpty();
        assertThat(named(doc, "Maintenance Manager").profile().of(ItemKind.LICENCE)).isEmpty();
    }

    @Test
    void readsEverySectionOfAClassSeriesWithTypographicPunctuationAndHeadingVariants() {
        ParsedDocument doc = parse(WATER_QUALITY_SERIES);

        assertThat(doc.classes()).extracting(ClassSpec::title)
            .containsExactly("Water Quality Analyst", "Senior Water Quality Analyst",
                    "Water Quality Analyst Specialist");
        ClassSpec specialist = named(doc, "Water Quality Analyst Specialist");
        assertThat(specialist.code()).isEqualTo("WQ2210");
        assertThat(specialist.requirements().education()).isEqualTo(Education.MASTER);
        assertThat(specialist.requirements().years()).isEqualTo(4);
        assertThat(specialist.profile().of(ItemKind.RESPONSIBILITY)).extracting(StatedItem::text, StatedItem::line)
            .containsExactly(
                    org.assertj.core.groups.Tuple
                        .tuple("The Water Quality Analyst Specialist performs the most complex "
                                + "analyses and directs the laboratory’s quality program.", 17),
                    org.assertj.core.groups.Tuple
                        .tuple("Performs advanced laboratory work testing the city’s drinking " + "water.", 9),
                    org.assertj.core.groups.Tuple.tuple(
                            "Plans the annual sampling program for the city’s treatment " + "plants and reservoirs.",
                            21),
                    org.assertj.core.groups.Tuple.tuple("Validates results from contract laboratories and reports "
                            + "“exceedances” to the State within twenty-four hours of the finding.", 23));
        assertThat(texts(specialist, ItemKind.COMPETENCY)).containsExactly("Attention to Detail – Is thorough when "
                + "performing work and conscientious about attending to detail.");
        assertThat(texts(specialist, ItemKind.KNOWLEDGE)).containsExactly(
                "Knowledge of EPA methods for drinking-water analysis.", "Skill in operating gas chromatographs.");
        assertThat(specialist.profile().supervision()).isEqualTo(Supervision.SUPERVISES);
        assertThat(texts(specialist, ItemKind.CERTIFICATION)).containsExactly("Must hold a State Water Laboratory "
                + "Analyst certification, Grade III, at the time of appointment.");
        assertThat(texts(specialist, ItemKind.LICENCE)).containsExactly("A valid driver’s licence is required.");
    }

    @Test
    void otherClassesOfASeriesStateOnlyTheirDistinguishingCharacteristic() {
        ClassSpec analyst = named(parse(WATER_QUALITY_SERIES), "Water Quality Analyst");

        assertThat(analyst.profile().items()).containsExactly(new StatedItem(ItemKind.RESPONSIBILITY,
                "The Water Quality Analyst performs routine sampling and standard laboratory tests.", 13, false));
        assertThat(analyst.profile().supervision()).isNull();
        assertThat(analyst.requirements().stated()).isFalse();
    }

    @Test
    void readsAJobDescriptionWithAContinuedHeadingAndADoctorate() {
        ParsedDocument doc = parse(ANALYTICS_TRACKS);

        ClassSpec principal = named(doc, "Principal Data Scientist – Analytics");
        assertThat(principal.code()).isEqualTo("512.3");
        assertThat(principal.requirements().education()).isEqualTo(Education.DOCTORATE);
        assertThat(principal.requirements().years()).isEqualTo(8);
        assertThat(texts(principal, ItemKind.RESPONSIBILITY)).containsExactly(
                "The purpose of this position is to turn the organisation’s data into decisions.",
                "MODELLING: Builds and validates statistical models for forecasting demand.",
                "GOVERNANCE: Sets standards for data quality across departments.");
        assertThat(principal.profile().of(ItemKind.CERTIFICATION))
            .containsExactly(new StatedItem(ItemKind.CERTIFICATION,
                    "Possession of a current Certified Analytics Professional (CAP) certification.", 29, false));
        assertThat(texts(principal, ItemKind.COMPLEXITY))
            .containsExactly("Work is highly complex and without precedent.");
        assertThat(texts(principal, ItemKind.IMPACT))
            .containsExactly("Errors can mislead policy across the organisation.");
        assertThat(texts(principal, ItemKind.SUPERVISION))
            .containsExactly("Direct Supervision: Manages a team of three data scientists.");
        assertThat(principal.profile().supervision()).isEqualTo(Supervision.MANAGES);
        assertThat(named(doc, "Data Analyst – Analytics").profile()).isEqualTo(ClassProfile.notStated());
    }

    @Test
    void refusesAnUnreadableDocumentWithFileLineAndReasonCountingLinesAfterTheByteOrderMark() {
        String broken = TestDocuments.text(FACILITIES_FAMILY)
            .replace("Minimum Requirements *(The following represents "
                    + "the minimum qualifications used to accept applicants, provided that equivalent substitution will be "
                    + "permitted in case of deficiencies in either experience or education.):*\r\n\r\nAssociate’s",
                    "Associate’s");

        assertThatThrownBy(() -> SpecDocumentParser.parse("broken.txt", broken))
            .isInstanceOfSatisfying(SpecParseException.class, e -> {
                assertThat(e.file()).isEqualTo("broken.txt");
                assertThat(e.line()).isEqualTo(24);
                assertThat(e.reason())
                    .isEqualTo("class 'Maintenance Technician' has no 'Minimum Requirements' section");
            });
    }

}
