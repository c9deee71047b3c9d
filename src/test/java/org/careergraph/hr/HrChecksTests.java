package org.careergraph.hr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.careergraph.hr.GraphSnapshot.KnownClass;
import org.careergraph.hr.GraphSnapshot.KnownMove;
import org.careergraph.importer.CsvReader;
import org.careergraph.importer.CsvRow;
import org.careergraph.importer.GraphPlan.PlannedClass;
import org.careergraph.importer.ImportProblem;
import org.junit.jupiter.api.Test;

/**
 * HR's files checked against each other and against the graph, before anything is
 * written.
 */
class HrChecksTests {

    // the graph already holds a documents ladder: doc-low (level 1) → doc-high (level 2)
    static final GraphSnapshot GRAPH = new GraphSnapshot(
            Map.of("doc-low", new KnownClass("doc-low", "Low", "doc", "Documents Agency", "documents", 1), "doc-high",
                    new KnownClass("doc-high", "High", "doc", "Documents Agency", "documents", 2)),
            List.of(new KnownMove("PROMOTES_TO", "doc-low", "doc-high", "documents")));

    final List<ImportProblem> errors = new ArrayList<>();

    static <T> List<T> read(HrFile kind, String text, Function<CsvRow, T> reader) {
        List<ImportProblem> parseErrors = new ArrayList<>();
        List<T> rows = CsvReader.read(kind, kind.fileName(), text, reader, parseErrors, done -> {
        });
        assertThat(parseErrors).isEmpty();
        return rows;
    }

    static HrTables tables(String classes, String moves, String headcounts, String history) {
        return new HrTables(read(HrFile.CLASSES, "id,title,agency,family\n" + classes, ClassRow::read),
                read(HrFile.MOVES, "type,from,to,basis\n" + moves, MoveRow::read),
                read(HrFile.HEADCOUNTS, "class,incumbents,authorized\n" + headcounts, HeadcountRow::read),
                read(HrFile.HISTORY, "year,from,to,people\n" + history, HistoryRow::read));
    }

    HrPlan check(HrTables tables) {
        return HrChecks.check(tables, GRAPH, errors);
    }

    @Test
    void plansHrClassesAboveTheGraphClassesThatPromoteIntoThem() {
        HrPlan plan = check(tables("hr-lead,Lead,doc,F\nhr-chief,Chief,doc,F\n",
                "PROMOTES_TO,doc-high,hr-lead,bridge\nPROMOTES_TO,hr-lead,hr-chief,next\n",
                "hr-lead,2,3\ndoc-low,5,5\n", "2023,doc-high,hr-lead,1\n2023,doc-low,doc-high,2\n"));

        assertThat(errors).isEmpty();
        assertThat(plan.structure().classes()).extracting(PlannedClass::id, PlannedClass::level)
            .containsExactly(tuple("hr-lead", 3), tuple("hr-chief", 4));
        assertThat(plan.structure().classes().get(0).agencyName()).isEqualTo("Documents Agency");
        assertThat(plan.structure().moves()).hasSize(2);
    }

    @Test
    void duplicateIdsAreRefused() {
        check(tables("hr-a,A,x,F\nhr-a,A again,x,F\n", "", "", ""));

        assertThat(errors).containsExactly(
                new ImportProblem("classes.csv", 3, "id", "duplicate id 'hr-a': line 2 already defines it"));
    }

    @Test
    void aClassOfTheDocumentsCannotBeRedefinedButItsExportedRowIsLeftAlone() {
        HrTables tables = tables("doc-low,Renamed,doc,F\n", "", "", "");
        check(tables);
        HrPlan plan = HrChecks.check(
                new HrTables(read(HrFile.CLASSES, "id,title,agency,family,origin\n" + "doc-low,Low,doc,F,documents\n",
                        ClassRow::read), List.of(), List.of(), List.of()),
                GRAPH, errors);

        assertThat(errors).singleElement()
            .extracting(ImportProblem::reason)
            .asString()
            .contains("'doc-low' is a class of origin 'documents' (Low)");
        assertThat(plan.skippedClasses()).isEqualTo(1);
        assertThat(plan.structure().classes()).isEmpty();
    }

    @Test
    void anUnknownClassInAMoveIsRefusedWithTheNearestId() {
        check(tables("hr-lead,Lead,doc,F\n", "PROMOTES_TO,doc-hihg,hr-lead,bridge\n", "", ""));

        assertThat(errors).containsExactly(
                new ImportProblem("moves.csv", 2, "from", "unknown class 'doc-hihg'; did you mean 'doc-high'?"));
    }

    @Test
    void aMoveThatPointsDownwardIsRefused() {
        check(tables("hr-lead,Lead,doc,F\n", "PROMOTES_TO,doc-high,hr-lead,up\nPROMOTES_TO,hr-lead,doc-low,down\n"
                + "SAME_GRADE,doc-high,doc-low,sideways and down\n", "", ""));

        assertThat(errors).extracting(ImportProblem::line).containsExactly(3, 4);
        assertThat(errors.get(0).reason()).isEqualTo("the move points downward: 'hr-lead' is at level of work 3 and "
                + "'doc-low' at 1; a promotion must lead to a higher level");
        assertThat(errors.get(1).reason()).endsWith("a lateral or peer move never leads lower");
    }

    @Test
    void promotionsInALoopAreRefused() {
        check(tables("hr-a,A,x,F\nhr-b,B,x,F\n", "PROMOTES_TO,hr-a,hr-b,up\nPROMOTES_TO,hr-b,hr-a,back\n", "", ""));

        assertThat(errors).singleElement()
            .extracting(ImportProblem::reason)
            .asString()
            .isEqualTo("promotions form a loop through hr-a, hr-b: one of them leads downward");
    }

    @Test
    void aMoveTheDocumentsAlreadyStateOrAMoveToItselfIsRefused() {
        check(tables("hr-a,A,x,F\n", "PROMOTES_TO,doc-low,doc-high,again\nSAME_GRADE,hr-a,hr-a,self\n", "", ""));

        assertThat(errors).extracting(ImportProblem::reason)
            .containsExactly(
                    "the class-specification documents already state PROMOTES_TO doc-low>doc-high; leave it out or give it "
                            + "their origin",
                    "a move must lead to another class");
    }

    @Test
    void headcountsAndHistoryMustNameKnownClassesOnce() {
        check(tables("", "", "doc-low,1,1\ndoc-low,2,2\nnobody,1,1\n",
                "2023,doc-low,doc-high,1\n2023,doc-low,doc-high,2\n2023,doc-low,nobody,1\n2023,doc-low,doc-low,1\n"));

        assertThat(errors).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column)
            .containsExactly(tuple("headcounts.csv", 3, "class"), tuple("headcounts.csv", 4, "class"),
                    tuple("history.csv", 3, "year"), tuple("history.csv", 4, "to"), tuple("history.csv", 5, "to"));
        assertThat(errors.get(4).reason())
            .isEqualTo("a move must lead to another class; people staying in 'doc-low' " + "are not a move");
    }

    @Test
    void aRowNamingItsSourceWithoutALineIsRead() {
        List<MoveRow> rows = read(HrFile.MOVES, "type,from,to,basis,sourceFile\nPROMOTES_TO,doc-low,doc-high,seen,"
                + "reviewed by hr on 2026-01-05T10:00:00Z\n", MoveRow::read);

        assertThat(rows.get(0).sourceFile()).isEqualTo("reviewed by hr on 2026-01-05T10:00:00Z");
        assertThat(rows.get(0).sourceLine()).isNull();
    }

    @Test
    void aRecordedMoveNoDocumentListsIsKeptAsObservedOnly() {
        HrPlan plan = check(
                tables("", "", "", "2023,doc-high,doc-low,1\n2024,doc-high,doc-low,2\n2023,doc-low,doc-high,4\n"));

        assertThat(errors).isEmpty();
        assertThat(plan.history()).hasSize(3);
        assertThat(plan.observedOnly()).isEqualTo(1);
    }

}
