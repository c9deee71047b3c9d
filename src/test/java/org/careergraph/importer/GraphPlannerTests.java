package org.careergraph.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.careergraph.vocabulary.MoveType;
import org.careergraph.importer.GraphPlan.PlannedClass;
import org.careergraph.importer.GraphPlan.PlannedMove;
import org.junit.jupiter.api.Test;

class GraphPlannerTests {

    private static final List<String> DOCUMENTS = List.of(SeedDocuments.NETWORK_OPERATIONS,
            SeedDocuments.TECHNICAL_SUPPORT, SeedDocuments.IT_MANAGEMENT, SeedDocuments.NETWORK_ENGINEER_SERIES,
            SeedDocuments.INFRASTRUCTURE_TRACKS);

    static ReviewedData reviewed(String bridges) throws IOException {
        return ReviewedData.parse(Files.readString(Path.of("seeds", ReviewedData.AGENCIES)), bridges,
                Files.readString(Path.of("seeds", ReviewedData.FUNCTIONS)));
    }

    static GraphPlan seedPlan() throws IOException {
        return GraphPlanner.plan(DOCUMENTS.stream().map(SeedDocuments::parse).toList(),
                reviewed(Files.readString(Path.of("seeds", ReviewedData.BRIDGES))));
    }

    @Test
    void plansEveryClassOfTheFiveDocuments() throws IOException {
        GraphPlan plan = seedPlan();

        assertThat(plan.classes()).hasSize(23);
        assertThat(plan.classes()).extracting(PlannedClass::agency).containsOnly("mshp", "city-ohr", "coh");
        assertThat(plan.moves()).allSatisfy(m -> assertThat(m.basis()).isNotBlank());
    }

    @Test
    void levelsCountPromotionsFromTheBottomOfEachLadderThroughBridges() throws IOException {
        Map<String, Integer> levels = seedPlan().classes()
            .stream()
            .collect(Collectors.toMap(PlannedClass::id, PlannedClass::level));

        assertThat(levels).containsEntry("mshp-associate-network-operations-technician", 1)
            .containsEntry("mshp-network-operations-manager", 4)
            .containsEntry("mshp-director-of-strategy-and-planning-level-1", 5)
            .containsEntry("mshp-director-of-strategy-and-planning-level-3", 7)
            .containsEntry("city-ohr-it-network-engineer-specialist", 4)
            .containsEntry("coh-it-lead-infrastructure", 5);
    }

    @Test
    void sameGradeMovesNeverLeadDownward() throws IOException {
        GraphPlan plan = seedPlan();
        Map<String, Integer> levels = plan.classes()
            .stream()
            .collect(Collectors.toMap(PlannedClass::id, PlannedClass::level));

        List<PlannedMove> lateral = plan.moves().stream().filter(m -> m.type() != MoveType.PROMOTES_TO).toList();
        assertThat(lateral).isNotEmpty()
            .allSatisfy(m -> assertThat(levels.get(m.to())).isGreaterThanOrEqualTo(levels.get(m.from())));
        assertThat(lateral).filteredOn(m -> m.type() == MoveType.SAME_GRADE).anySatisfy(m -> {
            assertThat(m.from()).isEqualTo("mshp-client-support-technician");
            assertThat(m.to()).isEqualTo("mshp-network-operations-technician");
            assertThat(m.sharedGrades()).containsExactly("18", "22", "25");
        })
            .noneMatch(m -> m.from().equals("mshp-network-operations-technician")
                    && m.to().equals("mshp-client-support-technician"));
    }

    @Test
    void pairsCrossAgencyPeersAtTheSameLevelAndFunction() throws IOException {
        List<PlannedMove> peers = seedPlan().moves().stream().filter(m -> m.type() == MoveType.PEER_OF).toList();

        assertThat(peers).anySatisfy(m -> {
            assertThat(m.from()).isEqualTo("city-ohr-it-network-engineer-specialist");
            assertThat(m.to()).isEqualTo("coh-it-senior-professional-infrastructure");
            assertThat(m.confidence()).isEqualTo(1.0);
        });
        assertThat(peers).noneSatisfy(m -> assertThat(m.from()).startsWith("mshp-director"));
    }

    @Test
    void refusesABridgeToAnUnknownClassNamingTheLine() throws IOException {
        String bridges = "from,to,basis\nmshp-network-operations-manager,mshp-director-level-1,typo\n";
        assertThatThrownBy(
                () -> GraphPlanner.plan(DOCUMENTS.stream().map(SeedDocuments::parse).toList(), reviewed(bridges)))
            .isInstanceOfSatisfying(SpecParseException.class, e -> {
                assertThat(e.file()).isEqualTo("bridges.csv");
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.reason()).contains("unknown class id 'mshp-director-level-1'",
                        "did you mean 'mshp-director-of-strategy-and-planning-level-1'");
            });
    }

    @Test
    void refusesABridgeThatWouldMakePromotionsLoop() throws IOException {
        String bridges = "from,to,basis\nmshp-network-operations-manager,mshp-associate-network-operations-technician,down\n";
        assertThatThrownBy(
                () -> GraphPlanner.plan(DOCUMENTS.stream().map(SeedDocuments::parse).toList(), reviewed(bridges)))
            .isInstanceOfSatisfying(SpecParseException.class, e -> {
                assertThat(e.file()).isEqualTo("bridges.csv");
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.reason()).contains("loop");
            });
    }

    @Test
    void asksForAnAgencyWhenTheDocumentNamesNone() {
        ParsedDocument series = SeedDocuments.parse(SeedDocuments.NETWORK_ENGINEER_SERIES);
        assertThatThrownBy(() -> GraphPlanner.plan(List.of(series), ReviewedData.empty())).isInstanceOfSatisfying(
                SpecParseException.class,
                e -> assertThat(e.reason()).contains("does not name its agency", "agencies.csv"));
    }

}
