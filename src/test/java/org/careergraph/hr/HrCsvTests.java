package org.careergraph.hr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.careergraph.importer.CsvReader;
import org.careergraph.importer.ImportProblem;
import org.junit.jupiter.api.Test;

/**
 * Reading HR's files: the header, every kind of bad cell, and the line each problem is
 * on.
 */
class HrCsvTests {

    final List<ImportProblem> errors = new ArrayList<>();

    List<HeadcountRow> headcounts(String text) {
        return CsvReader.read(HrFile.HEADCOUNTS, "headcounts.csv", text, HeadcountRow::read, errors, done -> {
        });
    }

    List<ClassRow> classes(String text) {
        return CsvReader.read(HrFile.CLASSES, "classes.csv", text, ClassRow::read, errors, done -> {
        });
    }

    @Test
    void readsRowsAndComputesVacanciesWhenLeftOut() {
        List<HeadcountRow> rows = headcounts(
                "\uFEFFclass,incumbents,authorized,vacancies\r\na-one,4,6,\r\nb-two,3,3,0\r\n");

        assertThat(errors).isEmpty();
        assertThat(rows).extracting(HeadcountRow::classId, HeadcountRow::vacancies, HeadcountRow::sourceLine)
            .containsExactly(tuple("a-one", 2, 2), tuple("b-two", 0, 3));
        assertThat(rows.get(0).sourceFile()).isEqualTo("headcounts.csv");
    }

    @Test
    void aWrongHeaderNamesTheColumn() {
        headcounts("class,incumbent,authorized\na-one,4,6\n");

        assertThat(errors).containsExactly(
                new ImportProblem("headcounts.csv", 1, "incumbent", "unknown column 'incumbent'; the columns of "
                        + "headcounts.csv are class, incumbents, authorized, vacancies, sourceFile, sourceLine"),
                new ImportProblem("headcounts.csv", 1, "incumbents",
                        "missing column 'incumbents'; the header must name " + "class, incumbents, authorized"));
    }

    @Test
    void aColumnInTheWrongCaseGetsAHint() {
        headcounts("Class,incumbents,authorized\n");

        assertThat(errors).first().extracting(ImportProblem::reason).asString().endsWith("did you mean 'class'?");
    }

    @Test
    void aDuplicateColumnOrAnEmptyFileIsRefused() {
        headcounts("class,class,incumbents,authorized\n");
        headcounts("");

        assertThat(errors).extracting(ImportProblem::line).containsExactly(1, 1);
        assertThat(errors.get(0).reason()).contains("header cannot be read");
        assertThat(errors.get(1).reason()).contains("the file is empty");
    }

    @Test
    void badNumbersAreReportedWithLineAndColumn() {
        headcounts("class,incumbents,authorized,vacancies\na-one,four,6,\n\nb-two,-1,3,\nc-three,1,2,5\n");

        assertThat(errors).containsExactly(
                new ImportProblem("headcounts.csv", 2, "incumbents", "'four' is not a whole number"),
                new ImportProblem("headcounts.csv", 4, "incumbents",
                        "'-1' is out of range: 'incumbents' must be from 0 to 10000000"),
                new ImportProblem("headcounts.csv", 5, "vacancies", "'5' vacancies exceed the 2 authorized positions"));
    }

    @Test
    void linesCountQuotedLineBreaks() {
        List<ClassRow> rows = classes("id,title,agency,family,summary,years\n" + "a-one,One,a,F,\"two\nlines\",1\n"
                + "a-two,Two,a,F,plain,many\n");

        assertThat(rows).singleElement().extracting(ClassRow::summary).isEqualTo("two\nlines");
        assertThat(errors)
            .containsExactly(new ImportProblem("classes.csv", 4, "years", "'many' is not a whole number"));
    }

    @Test
    void idsMustBeSlugsAndListsAndKeysMustBeKnown() {
        classes("id,title,agency,family,tracks,education\n" + "A One,One,a,F,Technical,bachelor\n"
                + "a-two,Two,a,F,Leadership,phd\n");

        assertThat(errors).extracting(ImportProblem::line, ImportProblem::column)
            .containsExactly(tuple(2, "id"), tuple(3, "tracks"), tuple(3, "education"));
        assertThat(errors.get(0).reason()).contains("e.g. 'a-one'");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsRefused() {
        headcounts("class,incumbents,authorized\na-one,4\n");

        assertThat(errors).containsExactly(
                new ImportProblem("headcounts.csv", 2, null, "expected 3 fields as in the header, found 2"));
    }

}
