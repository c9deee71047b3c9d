package org.careergraph.importer;

import org.careergraph.vocabulary.ItemKind;

/**
 * One thing a document states about a class, in the document's words.
 *
 * @param kind what kind of statement it is
 * @param text the statement as written
 * @param line 1-based line of the document where it starts
 * @param seriesWide true when the document states it once for every class of its family
 * or series
 */
public record StatedItem(ItemKind kind, String text, int line, boolean seriesWide) {

    /**
     * What makes two statements the same, across classes and documents: kind and text,
     * typography aside.
     */
    public String key() {
        return kind.label().toLowerCase(java.util.Locale.ROOT) + ":" + SpecText.comparable(text);
    }
}
