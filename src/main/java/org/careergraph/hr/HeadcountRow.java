package org.careergraph.hr;

import org.careergraph.importer.CsvRow;
import org.careergraph.importer.ImportPlan;
import org.careergraph.importer.Location;

/**
 * One row of {@code headcounts.csv}: how many people a class has and may have.
 *
 * @param classId the class id
 * @param incumbents people in the class now
 * @param authorized positions the class may fill
 * @param vacancies open positions; when the cell is empty, authorized minus incumbents
 * (never below 0)
 */
record HeadcountRow(String classId, int incumbents, int authorized, int vacancies, String sourceFile,
        Integer sourceLine, Location at) {

    static final int MAX = 10_000_000;

    static HeadcountRow read(CsvRow c) {
        String sourceFile = c.text("sourceFile");
        Integer sourceLine = c.integer("sourceLine", 0, Integer.MAX_VALUE, false);
        String classId = c.slug("class");
        Integer incumbents = c.integer("incumbents", 0, MAX, true);
        Integer authorized = c.integer("authorized", 0, MAX, true);
        Integer vacancies = c.integer("vacancies", 0, MAX, false);
        if (incumbents == null || authorized == null) {
            return null;
        }
        if (vacancies != null && vacancies > authorized) {
            c.error("vacancies", "'" + vacancies + "' vacancies exceed the " + authorized + " authorized positions");
            return null;
        }
        return new HeadcountRow(classId, incumbents, authorized,
                vacancies != null ? vacancies : Math.max(0, authorized - incumbents),
                sourceFile == null ? c.file() : sourceFile, sourceFile == null ? Integer.valueOf(c.line()) : sourceLine,
                c.at());
    }

    ImportPlan.PlannedHeadcount planned() {
        return new ImportPlan.PlannedHeadcount(classId, incumbents, authorized, vacancies, sourceFile, sourceLine);
    }
}
