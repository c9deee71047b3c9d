package org.careergraph.hr;

/** A class's headcount as stored: the answer to an edit. */
record Headcount(String classId, String title, int incumbents, int authorized, int vacancies, String source) {
}
