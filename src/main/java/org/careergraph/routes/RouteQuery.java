package org.careergraph.routes;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.careergraph.observed.Period;
import org.careergraph.vocabulary.MoveType;
import org.careergraph.web.ProblemException;

/**
 * What a person asks of a route search: the two ends, how many alternatives, how to rank
 * them, and the constraints the search must respect.
 *
 * @param track {@code Technical}, {@code Management}, or null for either
 * @param person who is asking, for eligibility and time to reach; null when not described
 * @param observed whether a route may also use de facto moves: moves people were recorded
 * making that no document or review lists
 * @param period the years of recorded history the counts, the travelled ranking and de
 * facto moves use
 */
record RouteQuery(String from, String to, int k, Rank rank, String track, Set<MoveType> moves, boolean crossAgency,
        int maxMoves, Person person, boolean observed, Period period) {

    static final int MAX_K = 10;
    static final int MAX_MOVES = 12;

    /**
     * How routes are ordered; TRAVELLED puts the routes most people recorded taking
     * first.
     */
    enum Rank {

        MOVES, YEARS, GRADES, TRAVELLED

    }

    /** The word in {@code moves} that lets a route use de facto moves too. */
    static final String OBSERVED = "observed";

    RouteQuery {
        if (k < 1 || k > MAX_K) {
            throw ProblemException.badRequest("'k' must be between 1 and " + MAX_K + ", was " + k);
        }
        if (maxMoves < 1 || maxMoves > MAX_MOVES) {
            throw ProblemException.badRequest("'maxMoves' must be between 1 and " + MAX_MOVES + ", was " + maxMoves);
        }
        if (moves.isEmpty()) {
            throw ProblemException.badRequest("'moves' must allow at least one of promotion, lateral, peer");
        }
        period = period == null ? Period.ALL : period;
        moves = Set.copyOf(moves);
        from = from == null ? null : from.strip();
        to = to == null ? null : to.strip();
    }

    List<String> relationshipTypes() {
        return moves.stream().map(MoveType::name).sorted().toList();
    }

    static Rank rank(String text) {
        return parse(Rank.class, "rank", text);
    }

    /** {@code technical}, {@code management} or {@code any} (null). */
    static String track(String text) {
        String track = text == null ? "any" : text.strip().toLowerCase(Locale.ROOT);
        return switch (track) {
            case "any", "" -> null;
            case "technical" -> "Technical";
            case "management" -> "Management";
            default ->
                throw ProblemException.badRequest("'track' must be technical, management or any, was '" + text + "'");
        };
    }

    /**
     * A comma-separated list such as {@code promotion,lateral}; null means every kind.
     * {@code observed} (see {@link #observed(String)}) adds de facto moves; alone it
     * means every kind and de facto moves.
     */
    static Set<MoveType> moves(String text) {
        List<String> words = text == null ? List.of()
                : Arrays.stream(text.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty() && !s.equalsIgnoreCase(OBSERVED))
                    .toList();
        if (words.isEmpty()) {
            return EnumSet.allOf(MoveType.class);
        }
        return words.stream()
            .map(s -> MoveType.ofOption(s)
                .orElseThrow(() -> ProblemException.badRequest("'moves' must be one of "
                        + Arrays.stream(MoveType.values()).map(MoveType::option).collect(Collectors.joining(", "))
                        + ", " + OBSERVED + ", was '" + s + "'")))
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(MoveType.class)));
    }

    /** Whether a {@code moves} list names {@code observed}. */
    static boolean observed(String text) {
        return text != null && Arrays.stream(text.split(",")).map(String::strip).anyMatch(OBSERVED::equalsIgnoreCase);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String parameter, String text) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text.strip())) {
                return value;
            }
        }
        throw ProblemException.badRequest("'" + parameter + "' must be one of "
                + Arrays.stream(type.getEnumConstants())
                    .map(e -> e.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "))
                + ", was '" + text + "'");
    }
}
