package org.careergraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.http.MockHttpOutputMessage;

class RememberedJsonConverterTests {

    record Answer(String title, List<Integer> moves) implements RememberedAnswer {
    }

    private final ObjectMapper json = new ObjectMapper();

    private final RememberedJsonConverter converter = new RememberedJsonConverter(json);

    @Test
    void writesWhatJacksonWritesAndTheSameBytesWhenServedAgain() throws IOException {
        Answer answer = new Answer("Director of Strategy and Planning – Level 3", List.of(1, 2, 3));

        MockHttpOutputMessage first = new MockHttpOutputMessage();
        converter.write(answer, MediaType.APPLICATION_JSON, first);
        MockHttpOutputMessage again = new MockHttpOutputMessage();
        converter.write(answer, MediaType.APPLICATION_JSON, again);

        assertThat(first.getBodyAsBytes()).isEqualTo(json.writeValueAsBytes(answer)).isEqualTo(again.getBodyAsBytes());
        assertThat(first.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
    }

    @Test
    void leavesOtherFormsAndReadingToOtherConverters() {
        assertThat(converter.canWrite(Answer.class, MediaType.parseMediaType("text/csv"))).isFalse();
        assertThat(converter.canWrite(String.class, MediaType.APPLICATION_JSON)).isFalse();
        assertThat(converter.canRead(Answer.class, MediaType.APPLICATION_JSON)).isFalse();
    }

}
