package org.careergraph.routes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.careergraph.catalog.ClassMatch;
import org.careergraph.catalog.ClassStatement;
import org.careergraph.web.CsvTable;
import org.careergraph.web.RememberedAnswer;

/**
 * The answer to "how do I get from this class to that one?", best route first;
 * {@code reason} says why when there is none. As CSV: one row per step of every route.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RouteAnswer(ClassMatch from, ClassMatch to, String rank, List<CareerRoute> routes,
        String reason) implements CsvTable, RememberedAnswer {

    @Override
    @JsonIgnore
    public String csvFileName() {
        return "route.csv";
    }

    @Override
    @JsonIgnore
    public List<String> csvHeader() {
        return List.of("route", "step", "id", "title", "agency", "level", "grades", "move", "basis", "source",
                "education", "years", "meetsNow", "missing", "earliestYear", "credentialsNotChecked", "changes");
    }

    @Override
    @JsonIgnore
    public List<List<Object>> csvRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < routes.size(); r++) {
            List<RouteStep> steps = routes.get(r).steps();
            for (int s = 0; s < steps.size(); s++) {
                RouteStep step = steps.get(s);
                StepEligibility e = step.eligibility();
                rows.add(Arrays.asList(r + 1, s, step.id(), step.title(), step.agency(), step.level(),
                        String.join(";", step.grades()), step.move(), step.basis(),
                        step.source() == null ? null : step.source().file() + " line " + step.source().line(),
                        step.requirements().education(), step.requirements().years(), e == null ? null : e.meetsNow(),
                        e == null ? null : String.join("; ", e.missing()), e == null ? null : e.earliestYear(),
                        e == null || e.credentials() == null ? null : e.notChecked().isEmpty() ? e.credentials()
                                : e.notChecked().stream().map(ClassStatement::text).collect(Collectors.joining(" | ")),
                        step.changes() == null ? null : step.changes().summary()));
            }
        }
        return rows;
    }
}
