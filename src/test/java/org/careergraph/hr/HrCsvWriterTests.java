package org.careergraph.hr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.careergraph.importer.CsvReader;
import org.careergraph.importer.ImportProblem;
import org.careergraph.importer.Location;
import org.careergraph.vocabulary.Education;
import org.careergraph.vocabulary.MoveType;
import org.careergraph.vocabulary.Track;
import org.junit.jupiter.api.Test;

/** What the export writes, the import reads back the same, cell for cell. */
class HrCsvWriterTests {

    static final Location AT = new Location("x.csv", 7);

    @Test
    void classesAndMovesSurviveAWriteAndARead() {
        ClassRow row = new ClassRow("dot-analyst", "Analyst, \"Network\"", "dot", "Transport", "Network",
                "Runs it\nall", List.of("14", "16"), List.of(Track.TECHNICAL, Track.MANAGEMENT),
                List.of("infrastructure"), "A-1", Education.BACHELOR, 3, "Degree", "Summary", 2, "hr", "classes.csv", 3,
                AT);
        MoveRow move = new MoveRow(MoveType.SAME_GRADE, "dot-a", "dot-b", "both at 14", List.of("14"), 0.75,
                "documents", "moves.csv", 9, AT);
        HrTables tables = new HrTables(List.of(row), List.of(move), List.of(), List.of());
        List<ImportProblem> errors = new ArrayList<>();

        List<ClassRow> classes = CsvReader.read(HrFile.CLASSES, "classes.csv",
                HrCsvWriter.write(HrFile.CLASSES, tables), ClassRow::read, errors, done -> {
                });
        List<MoveRow> moves = CsvReader.read(HrFile.MOVES, "moves.csv", HrCsvWriter.write(HrFile.MOVES, tables),
                MoveRow::read, errors, done -> {
                });

        assertThat(errors).isEmpty();
        assertThat(classes).usingRecursiveFieldByFieldElementComparatorIgnoringFields("at").containsExactly(row);
        assertThat(moves).usingRecursiveFieldByFieldElementComparatorIgnoringFields("at").containsExactly(move);
    }

    @Test
    void aCellThatWouldRunAsAFormulaIsExportedAsTextAndImportedUnchanged() {
        ClassRow row = new ClassRow("dot-analyst", "=HYPERLINK(\"http://x\",\"Analyst\")", "dot", "Transport",
                "Network", "-1+2 on the ladder", List.of("-14"), List.of(Track.TECHNICAL), List.of(), "@A-1",
                Education.BACHELOR, 3, "+Degree", null, 2, "hr", "classes.csv", 3, AT);
        HrTables tables = new HrTables(List.of(row), List.of(), List.of(), List.of());
        List<ImportProblem> errors = new ArrayList<>();

        String csv = HrCsvWriter.write(HrFile.CLASSES, tables);
        List<ClassRow> classes = CsvReader.read(HrFile.CLASSES, "classes.csv", csv, ClassRow::read, errors, done -> {
        });

        assertThat(csv)
            .contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"Analyst\"\")\"", "'-1+2 on the ladder", "'@A-1", "'+Degree",
                    ",-14,")
            .doesNotContain(",=", ",-1+2", ",@", ",+");
        assertThat(errors).isEmpty();
        assertThat(classes).usingRecursiveFieldByFieldElementComparatorIgnoringFields("at").containsExactly(row);
    }

    @Test
    void theHeaderNamesEveryColumnRequiredFirst() {
        String csv = HrCsvWriter.write(HrFile.HEADCOUNTS,
                new HrTables(null, null, List.of(new HeadcountRow("a-b", 4, 6, 2, "edited by hr", null, AT)), null));

        assertThat(csv)
            .isEqualTo("class,incumbents,authorized,vacancies,sourceFile,sourceLine\r\na-b,4,6,2,edited by hr,\r\n");
    }

}
