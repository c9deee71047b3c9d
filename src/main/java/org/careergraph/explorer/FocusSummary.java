package org.careergraph.explorer;

/**
 * What the explorer's focus picker lists: agencies, then the families of the chosen
 * agency.
 */
final class FocusSummary {

    private FocusSummary() {
    }

    /** An agency with its number of families and classes. */
    record AgencySummary(String code, String name, int families, int classes) {
    }

    /** A family with its size and the range of levels of work its classes span. */
    record FamilySummary(String id, String name, int classes, int lowestLevel, int highestLevel) {
    }

}
