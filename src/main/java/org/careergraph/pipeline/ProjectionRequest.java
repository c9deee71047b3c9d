package org.careergraph.pipeline;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A Markov manpower projection to run. Classes are named by id or title everywhere. Every
 * field but the years is optional: headcounts come from the graph, rates from the
 * recorded history or the configured defaults.
 *
 * @param years how many years to project, 1 to 50 (default 5)
 * @param target the class to reach; the model is then its feeder pool plus itself, and
 * the answer says how likely and how soon each feeder gets there
 * @param classes the classes to model instead (default: the target's feeder pool, else
 * every class)
 * @param maxMoves how far the feeder pool reaches, 1 to 12 (default 12)
 * @param headcounts people per class now, instead of the stored incumbents
 * @param rates annual shares moving along a move, e.g. {from, to, rate: 0.15}
 * @param attrition annual share leaving the service, per class (default: the configured
 * attrition)
 * @param hires people hired into a class from outside each year (default 0)
 * @param whatIf the same projection with changes, answered side by side with this one
 */
record ProjectionRequest(@Min(1) @Max(50) Integer years, @Size(max = 200) String target,
        @Size(max = 5000) List<@NotBlank @Size(max = 200) String> classes,
        @Min(1) @Max(FeederPool.MAX_MOVES) Integer maxMoves,
        Map<@NotBlank String, @NotNull @Min(0) @Max(10_000_000) Integer> headcounts,
        @Size(max = 10_000) List<@NotNull @Valid Rate> rates,
        Map<@NotBlank String, @NotNull @DecimalMin("0") @DecimalMax("1") Double> attrition,
        Map<@NotBlank String, @NotNull @DecimalMin("0") @DecimalMax("1000000") Double> hires, @Valid WhatIf whatIf) {

    static final int DEFAULT_YEARS = 5;

    ProjectionRequest {
        years = years == null ? DEFAULT_YEARS : years;
        classes = classes == null ? List.of() : classes;
        maxMoves = maxMoves == null ? FeederPool.MAX_MOVES : maxMoves;
        headcounts = headcounts == null ? Map.of() : headcounts;
        rates = rates == null ? List.of() : rates;
        attrition = attrition == null ? Map.of() : attrition;
        hires = hires == null ? Map.of() : hires;
    }

    /**
     * The same request with every class named by its id, as {@code id} resolves a name or
     * id.
     */
    ProjectionRequest resolved(Function<String, String> id) {
        return new ProjectionRequest(years, target == null || target.isBlank() ? null : id.apply(target),
                classes.stream().map(id).distinct().toList(), maxMoves, keys(headcounts, id),
                rates.stream().map(r -> r.resolved(id)).toList(), keys(attrition, id), keys(hires, id),
                whatIf == null ? null : whatIf.resolved(id));
    }

    private static <V> Map<String, V> keys(Map<String, V> map, Function<String, String> id) {
        Map<String, V> resolved = new LinkedHashMap<>();
        map.forEach((key, value) -> resolved.put(id.apply(key), value));
        return resolved;
    }

    /** The annual share of a class's people moving along one move. */
    record Rate(@NotBlank @Size(max = 200) String from, @NotBlank @Size(max = 200) String to,
            @NotNull @DecimalMin("0") @DecimalMax("1") Double rate) {

        Rate resolved(Function<String, String> id) {
            return new Rate(id.apply(from), id.apply(to), rate);
        }
    }

    /** A move, named by its two ends. */
    record Move(@NotBlank @Size(max = 200) String from, @NotBlank @Size(max = 200) String to) {
    }

    /**
     * Changes to try against the baseline.
     *
     * @param removeMoves moves that no longer exist (e.g. a bridge between two families)
     * @param removeClasses classes that are abolished: their people and every move into
     * or out of them are gone
     * @param rates changed rates, e.g. promotions slowing down
     */
    record WhatIf(@Size(max = 100) String name, @Size(max = 1000) List<@NotNull @Valid Move> removeMoves,
            @Size(max = 1000) List<@NotBlank @Size(max = 200) String> removeClasses,
            @Size(max = 10_000) List<@NotNull @Valid Rate> rates,
            Map<@NotBlank String, @NotNull @DecimalMin("0") @DecimalMax("1") Double> attrition,
            Map<@NotBlank String, @NotNull @DecimalMin("0") @DecimalMax("1000000") Double> hires) {

        WhatIf {
            name = name == null || name.isBlank() ? "what-if" : name;
            removeMoves = removeMoves == null ? List.of() : removeMoves;
            removeClasses = removeClasses == null ? List.of() : removeClasses;
            rates = rates == null ? List.of() : rates;
            attrition = attrition == null ? Map.of() : attrition;
            hires = hires == null ? Map.of() : hires;
        }

        WhatIf resolved(Function<String, String> id) {
            return new WhatIf(name,
                    removeMoves.stream().map(m -> new Move(id.apply(m.from()), id.apply(m.to()))).toList(),
                    removeClasses.stream().map(id).toList(), rates.stream().map(r -> r.resolved(id)).toList(),
                    keys(attrition, id), keys(hires, id));
        }
    }
}
