package org.careergraph.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.careergraph.importer.SeedDocuments.*;

import java.util.List;
import java.util.Set;
import org.careergraph.vocabulary.Education;
import org.careergraph.vocabulary.Track;
import org.junit.jupiter.api.Test;

class SpecDocumentParserTests {

    @Test
    void readsNetworkOperationsFamilyInDocumentOrder() {
        ParsedDocument doc = parse(NETWORK_OPERATIONS);

        assertThat(doc.layout()).isEqualTo(DocumentLayout.FAMILY_CAREER_PATH);
        assertThat(doc.family()).isEqualTo("Network Operations");
        assertThat(doc.statedAgency()).isEqualTo("Missouri State Highway Patrol");
        assertThat(doc.familySummary()).startsWith("Positions in this family are accountable for the monitoring");
        assertThat(doc.classes()).extracting(ClassSpec::title)
            .containsExactly("Associate Network Operations Technician", "Network Operations Technician",
                    "Network Operations Supervisor", "Network Operations Manager");
        assertThat(doc.classes()).extracting(ClassSpec::grades)
            .containsExactly(List.of("16"), List.of("18", "22", "25", "28"), List.of("30", "33"), List.of("34"));
        assertThat(doc.classes()).extracting(ClassSpec::line).containsExactly(21, 31, 47, 57);
    }

    @Test
    void readsEducationAndYearsAcrossPageBreaks() {
        List<ClassSpec> classes = parse(NETWORK_OPERATIONS).classes();

        assertThat(classes).extracting(c -> c.requirements().education())
            .containsExactly(Education.HIGH_SCHOOL, Education.ASSOCIATE, Education.BACHELOR, Education.BACHELOR);
        assertThat(classes).extracting(c -> c.requirements().years()).containsExactly(0, 0, 5, 7);
        ClassSpec technician = classes.get(1);
        assertThat(technician.requirements().text()).isEqualTo("Associate's degree from an accredited institution.");
        assertThat(technician.summary()).endsWith("maintaining computer records and production reports.")
            .doesNotContain("JOB FAMILY", "CAREER PATH");
        assertThat(technician.requirements().experienceForEducation()).isTrue();
    }

    @Test
    void marksSupervisingClassesAndDualRoleClassesOnBothTracks() {
        List<ClassSpec> support = parse(TECHNICAL_SUPPORT).classes();

        assertThat(support).extracting(ClassSpec::title)
            .containsExactly("Client Support Technician", "Senior Client Support Technician",
                    "Client Support Professional", "Client Support Manager");
        assertThat(support).extracting(ClassSpec::tracks)
            .containsExactly(Set.of(Track.TECHNICAL), Set.of(Track.TECHNICAL),
                    Set.of(Track.TECHNICAL, Track.MANAGEMENT), Set.of(Track.MANAGEMENT));
        assertThat(support.get(1).summary()).contains("Complexity of issues may vary; however, the more complicated");
        assertThat(support.get(1).requirements().years()).isEqualTo(2);
    }

    @Test
    void keepsTheRankConditionOfTheTopDirector() {
        List<ClassSpec> management = parse(IT_MANAGEMENT).classes();

        assertThat(management).hasSize(5).allSatisfy(c -> assertThat(c.grades()).isEmpty());
        assertThat(management.get(2).title()).isEqualTo("Director of Strategy and Planning – Level 3");
        assertThat(management).extracting(c -> c.requirements().years()).containsExactly(4, 7, 10, 10, 10);
        ClassSpec top = management.get(4);
        assertThat(top.requirements().text()).contains("CIVILIAN:", "MEMBER:").doesNotContain("ADDITIONAL INFORMATION");
        assertThat(top.requirements().condition()).startsWith("must hold the rank of Lieutenant for one year");
        assertThat(top.tracks()).containsExactly(Track.MANAGEMENT);
    }

    @Test
    void readsEveryClassOfTheDistinguishingCharacteristicsSeries() {
        ParsedDocument doc = parse(NETWORK_ENGINEER_SERIES);

        assertThat(doc.layout()).isEqualTo(DocumentLayout.CLASS_SERIES);
        assertThat(doc.family()).isEqualTo("IT Network Engineer");
        assertThat(doc.classes()).extracting(ClassSpec::title)
            .containsExactly("Staff IT Network Engineer", "Associate IT Network Engineer", "Senior IT Network Engineer",
                    "IT Network Engineer Specialist");
        assertThat(doc.classes().subList(0, 3)).allSatisfy(c -> {
            assertThat(c.requirements().stated()).isFalse();
            assertThat(c.code()).isNull();
        });
        ClassSpec specialist = doc.classes().get(3);
        assertThat(specialist.code()).isEqualTo("CI3568");
        assertThat(specialist.grades()).containsExactly("EX-15");
        assertThat(specialist.requirements().education()).isEqualTo(Education.BACHELOR);
        assertThat(specialist.requirements().years()).isEqualTo(5);
        assertThat(specialist.requirements().condition()).startsWith("Two of these years must include experience");
        assertThat(specialist.requirements().substitutions()).hasSize(2);
        assertThat(specialist.requirements().experienceForEducation()).isTrue();
        assertThat(specialist.requirements().educationForExperience()).isTrue();
        assertThat(specialist.requirements().text()).doesNotContain("Physical", "driver's license");
    }

    @Test
    void readsBothTracksAndMatchesTheDescribedClassDespiteShorthand() {
        ParsedDocument doc = parse(INFRASTRUCTURE_TRACKS);

        assertThat(doc.layout()).isEqualTo(DocumentLayout.TRACK_DESCRIPTION);
        assertThat(doc.family()).isEqualTo("Information Technology – Infrastructure");
        assertThat(doc.classes()).extracting(ClassSpec::title)
            .containsExactly("IT Associate – Infrastructure", "IT Specialist – Infrastructure",
                    "IT Professional – Infrastructure", "IT Sr. Professional – Infrastructure",
                    "IT Lead – Infrastructure", "IT Manager - Infrastructure");
        assertThat(doc.classes()).extracting(ClassSpec::order).containsExactly(1, 2, 3, 4, 1, 2);
        ClassSpec described = doc.classes().get(3);
        assertThat(described.aliases()).containsExactly("Senior IT Professional – Infrastructure");
        assertThat(described.code()).isEqualTo("440.4");
        assertThat(described.grades()).containsExactly("28");
        assertThat(described.requirements().education()).isEqualTo(Education.BACHELOR);
        assertThat(described.requirements().years()).isEqualTo(6);
        assertThat(described.requirements().masterReplacesYears()).isEqualTo(2);
        assertThat(described.requirements().condition())
            .isEqualTo("System-specific technical certifications required.");
        assertThat(described.requirements().text()).doesNotContain("SPECIFICATIONS", "COMPLEXITY");
        assertThat(doc.classes().get(4).tracks()).containsExactly(Track.MANAGEMENT);
    }

    @Test
    void rejectsAnUnknownLayoutWithFileAndLine() {
        assertThatThrownBy(() -> SpecDocumentParser.parse("memo.txt", "\n\nQuarterly newsletter\nNothing here"))
            .isInstanceOfSatisfying(SpecParseException.class, e -> {
                assertThat(e.file()).isEqualTo("memo.txt");
                assertThat(e.line()).isEqualTo(3);
                assertThat(e.reason()).startsWith("unrecognised layout");
            });
    }

    @Test
    void rejectsAFamilyClassWithoutRequirements() {
        String broken = text(NETWORK_OPERATIONS).replaceFirst("Minimum Requirements", "Requirements");
        assertThatThrownBy(() -> SpecDocumentParser.parse(NETWORK_OPERATIONS, broken))
            .isInstanceOfSatisfying(SpecParseException.class, e -> {
                assertThat(e.line()).isEqualTo(21);
                assertThat(e.reason())
                    .contains("'Associate Network Operations Technician' has no 'Minimum Requirements'");
            });
    }

    @Test
    void rejectsATrackDescriptionWhoseClassIsOnNoTrack() {
        String broken = text(INFRASTRUCTURE_TRACKS).replace("IT Sr. Professional – Infrastructure",
                "IT Architect – Infrastructure");
        assertThatThrownBy(() -> SpecDocumentParser.parse(INFRASTRUCTURE_TRACKS, broken))
            .isInstanceOfSatisfying(SpecParseException.class, e -> {
                assertThat(e.line()).isEqualTo(3);
                assertThat(e.reason()).contains("is not listed on either track");
            });
    }

}
