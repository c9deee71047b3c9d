package org.careergraph.observed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.careergraph.web.CsvTable;

/**
 * Where people actually went in a period, beside the ladder on paper: every recorded move
 * (most people first), which of them no documented or reviewed move stands behind (de
 * facto moves), and the documented moves nobody made. As CSV, one row per move, with a
 * column per recorded year.
 *
 * @param agency the agency either class of a move belongs to, when the question named one
 * @param classId the class at either end of a move, when the question named one
 * @param moves every recorded move, most people first
 * @param notTaken documented or reviewed moves out of classes people left in the period,
 * that none of them made
 */
record ObservedMovesAnswer(Recorded period, String agency, String classId, Totals totals, List<ObservedMove> moves,
        List<NotTaken> notTaken) implements CsvTable {

    /**
     * The period asked for and the history inside it.
     *
     * @param from the first year asked for, null for the first recorded
     * @param to the last year asked for, null for the last recorded
     * @param firstRecorded the first year inside the period with any recorded move, null
     * when there is none
     * @param years how many years inside the period have recorded moves: the divisor of
     * perYear
     */
    record Recorded(Integer from, Integer to, Integer firstRecorded, Integer lastRecorded, int years, String words) {
    }

    /** How many moves, people and de facto moves the answer lists. */
    record Totals(int moves, int people, int deFactoMoves, int deFactoPeople, int notTaken) {
    }

    @Override
    public String csvFileName() {
        return "observed-moves.csv";
    }

    @Override
    public List<String> csvHeader() {
        List<String> header = new ArrayList<>(
                List.of("kind", "fromId", "fromTitle", "fromAgency", "toId", "toTitle", "toAgency", "levelChange",
                        "documented", "people", "perYear", "incumbents", "shareOfIncumbents", "shareOfLeavers"));
        years().forEach(year -> header.add(String.valueOf(year)));
        return header;
    }

    @Override
    public List<List<Object>> csvRows() {
        List<Integer> years = years();
        List<List<Object>> rows = new ArrayList<>();
        for (ObservedMove m : moves) {
            List<Object> row = new ArrayList<>(Arrays.asList(m.deFacto() ? "de facto" : "documented", m.from().id(),
                    m.from().title(), m.from().agency(), m.to().id(), m.to().title(), m.to().agency(), m.levelChange(),
                    m.documented().stream().map(ObservedMove.Basis::type).collect(Collectors.joining(";")), m.people(),
                    m.perYear(), m.incumbents(), m.shareOfIncumbents(), m.shareOfLeavers()));
            years.forEach(year -> row.add(m.byYear().getOrDefault(year, 0)));
            rows.add(row);
        }
        for (NotTaken n : notTaken) {
            List<Object> row = new ArrayList<>(Arrays.asList("not taken", n.from().id(), n.from().title(),
                    n.from().agency(), n.to().id(), n.to().title(), n.to().agency(), n.to().level() - n.from().level(),
                    n.type(), 0, 0, null, null, 0));
            years.forEach(year -> row.add(0));
            rows.add(row);
        }
        return rows;
    }

    private List<Integer> years() {
        return moves.stream().flatMap(m -> m.byYear().keySet().stream()).distinct().sorted().toList();
    }
}
