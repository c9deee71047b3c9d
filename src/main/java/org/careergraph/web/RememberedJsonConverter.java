package org.careergraph.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;

/**
 * Writes a remembered answer's JSON once and the same bytes each time it is served again:
 * for a route thousands ask, writing its JSON cost more than the rest of the request. The
 * bytes are Spring's own ObjectMapper's, kept per answer instance and weakly, so an
 * answer its cache forgets (after a write to the graph, say) is forgotten here too.
 */
class RememberedJsonConverter extends AnswerWriter<RememberedAnswer> {

    /** At most this much JSON is kept; the largest route answers are some 30 KB. */
    private static final long KEPT_BYTES = 64L << 20;

    private final ObjectMapper json;

    private final Cache<RememberedAnswer, byte[]> written = Caffeine.newBuilder()
        .weakKeys()
        .maximumWeight(KEPT_BYTES)
        .weigher((RememberedAnswer answer, byte[] bytes) -> bytes.length)
        .build();

    RememberedJsonConverter(ObjectMapper json) {
        super(MediaType.APPLICATION_JSON);
        this.json = json;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return RememberedAnswer.class.isAssignableFrom(type);
    }

    @Override
    protected void writeInternal(RememberedAnswer answer, HttpOutputMessage output) throws IOException {
        output.getBody().write(written.get(answer, this::write));
    }

    private byte[] write(RememberedAnswer answer) {
        try {
            return json.writeValueAsBytes(answer);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
