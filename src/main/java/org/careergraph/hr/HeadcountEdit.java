package org.careergraph.hr;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A class's headcount as HR sets it through the API.
 *
 * @param vacancies open positions; authorized minus incumbents (never below 0) when left
 * out
 */
record HeadcountEdit(@NotNull @Min(0) @Max(HeadcountRow.MAX) Integer incumbents,
        @NotNull @Min(0) @Max(HeadcountRow.MAX) Integer authorized, @Min(0) @Max(HeadcountRow.MAX) Integer vacancies) {
}
