package org.careergraph.importer;

/**
 * Recognises which layout a class-specification document uses and reads it with the
 * matching parser.
 */
final class SpecDocumentParser {

    private SpecDocumentParser() {
    }

    /**
     * Parses one document.
     * @param fileName the document's file name, reported in errors and kept as provenance
     * @param text the document's text
     * @throws SpecParseException with the file, line and reason when the document cannot
     * be read
     */
    public static ParsedDocument parse(String fileName, String text) {
        DocumentLines doc = DocumentLines.of(fileName, text).withoutPageHeaders();
        if (doc.size() == 0) {
            throw new SpecParseException(fileName, 1, "the document is empty");
        }
        if (doc.indexOf(t -> FamilyCareerPathParser.FAMILY_HEADER.matcher(t).matches(), 0) >= 0) {
            return FamilyCareerPathParser.parse(doc);
        }
        if (doc.indexOf(t -> ClassSeriesParser.heading(t).equals(ClassSeriesParser.CHARACTERISTICS), 0) >= 0) {
            return ClassSeriesParser.parse(doc);
        }
        if (doc.indexOf(t -> t.matches("^(Technical|Management) Track:?$"), 0) >= 0) {
            return TrackDescriptionParser.parse(doc);
        }
        throw new SpecParseException(fileName, doc.get(0).number(), "unrecognised layout: expected a job family career "
                + "path ('… JOB FAMILY' with 'Pay grade:' lines), a class specification with 'Distinguishing "
                + "Characteristics', or a job description listing a 'Technical Track' and a 'Management Track'");
    }

}
