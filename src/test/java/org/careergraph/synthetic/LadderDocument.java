package org.careergraph.synthetic;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders one job family career path in the layout agencies publish, so the real importer
 * reads it.
 */
final class LadderDocument {

    /** One class of the ladder as the document states it. */
    record Rung(String title, List<Integer> grades, String education, int years, boolean dualRole, String summary) {
    }

    private LadderDocument() {
    }

    static String render(String agencyName, String family, List<Rung> rungs) {
        String header = family.toUpperCase() + " JOB FAMILY\n\nCAREER PATH\n\n";
        StringBuilder text = new StringBuilder("\n\n\n\n").append(header);
        text.append("Positions in this family are accountable for ")
            .append(family)
            .append(" work for the agency.\n\nTypical functions\n\n")
            .append("The functions within this job family will vary by level, but may include the following:\n\n")
            .append("- ❖ Plan, perform and review ")
            .append(family)
            .append(" assignments.\n\n");
        for (int i = 0; i < rungs.size(); i++) {
            Rung rung = rungs.get(i);
            if (i > 0 && i % 2 == 0) {
                text.append("\n\n").append(header);
            }
            text.append(rung.title())
                .append("\n\nPay grade: ")
                .append(rung.grades().isEmpty() ? "N/A"
                        : rung.grades().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .append("\n\n");
            if (rung.dualRole()) {
                text.append("(May be utilized in a Non-Supervisory or Supervisory Role)\n\n");
            }
            text.append(rung.summary())
                .append("\n\n")
                .append("Minimum Requirements *(The following represents the minimum qualifications used to accept ")
                .append("applicants, provided that equivalent substitution will be permitted in case of deficiencies ")
                .append("in either experience or education.):*\n\n")
                .append(rung.education());
            if (rung.years() > 0) {
                text.append(" and ").append(years(rung.years())).append(" of relevant experience");
            }
            text.append(".\n\n");
        }
        text.append("ADDITIONAL INFORMATION\n\nOnce a job offer has been made, employment with the ")
            .append(agencyName)
            .append(" is contingent upon the successful results of a background investigation.\n\n")
            .append("EEO STATEMENT: The ")
            .append(agencyName)
            .append(" is an equal opportunity employer.\n");
        return text.toString();
    }

    private static String years(int years) {
        String word = years < Vocabulary.NUMBER_WORDS.size() ? Vocabulary.NUMBER_WORDS.get(years)
                : String.valueOf(years);
        return word + (years == 1 ? " year" : " years");
    }

}
