package org.careergraph.importer;

/** The document layouts agencies publish class specifications in. */
enum DocumentLayout {

    /**
     * A job family career path: the family's classes, each with pay grades and minimum
     * requirements.
     */
    FAMILY_CAREER_PATH,
    /**
     * One class specification whose "Distinguishing Characteristics" names every class of
     * its series.
     */
    CLASS_SERIES,
    /**
     * One job description that lists the family's Technical Track and Management Track.
     */
    TRACK_DESCRIPTION

}
