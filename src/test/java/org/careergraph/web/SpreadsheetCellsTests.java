package org.careergraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Formulas never run when a spreadsheet opens an answer, and numbers stay numbers. */
class SpreadsheetCellsTests {

    @Test
    void textThatWouldRunAsAFormulaIsWrittenAsText() {
        assertThat(SpreadsheetCells.neutralize("=HYPERLINK(\"http://evil\",\"Click\")"))
            .isEqualTo("'=HYPERLINK(\"http://evil\",\"Click\")");
        assertThat(SpreadsheetCells.neutralize("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(SpreadsheetCells.neutralize("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetCells.neutralize("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(SpreadsheetCells.neutralize("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetCells.neutralize("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void numbersNegativeOnesIncludedAreLeftAlone() {
        Stream.of(-0.1592, -3, 7L, new BigDecimal("-12.50"), 0.0)
            .forEach(number -> assertThat(SpreadsheetCells.neutralize(number)).isSameAs(number));
        Stream.of("-0.1592", "-3", "+4", "-1e3", "-.5", "2026")
            .forEach(text -> assertThat(SpreadsheetCells.neutralize(text)).isEqualTo(text));
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        Stream.of("Director of Strategy and Planning – Level 3", "a > b > c", "18;22;25", "", "x=1", "Level -1")
            .forEach(text -> assertThat(SpreadsheetCells.neutralize(text)).isEqualTo(text));
        assertThat(SpreadsheetCells.neutralize(null)).isNull();
    }

    @Test
    void whatWasNeutralizedReadsBackAsItWas() {
        Stream.of("=1+2", "-2+3", "@x", "+a", "plain", "-4", "'quoted'", "'=already text")
            .forEach(text -> assertThat(SpreadsheetCells.restore(String.valueOf(SpreadsheetCells.neutralize(text))))
                .isEqualTo(text));
        assertThat(SpreadsheetCells.restore("'-7")).isEqualTo("'-7");
    }

}
