package org.careergraph.web;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * A message converter that only writes answers in a form of its own; request bodies are
 * read by Spring's JSON converter.
 */
abstract class AnswerWriter<T> extends AbstractHttpMessageConverter<T> {

    AnswerWriter(MediaType form) {
        super(form);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected T readInternal(Class<? extends T> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("Request bodies are not read in this form", input);
    }

}
