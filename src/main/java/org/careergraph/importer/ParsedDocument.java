package org.careergraph.importer;

import java.util.List;

/**
 * What one class-specification document says: its family and the classes in document
 * order.
 *
 * @param sourceFile the document's file name
 * @param layout which of the known layouts it uses
 * @param statedAgency the agency as the document names it, or null when the document does
 * not
 * @param family the job family (or class series) name
 * @param familySummary the family's purpose statement, or null
 * @param classes every class the document names, bottom of each ladder first
 */
record ParsedDocument(String sourceFile, DocumentLayout layout, String statedAgency, String family,
        String familySummary, List<ClassSpec> classes) {

    public ParsedDocument {
        classes = List.copyOf(classes);
    }
}
