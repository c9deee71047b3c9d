package org.careergraph.readme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the README's outputs are compared with what a command printed, … included. */
class ExampleOutputTests {

    @Test
    void jsonIsComparedAsJsonWhateverItsLayout() {
        assertThat(ExampleOutput.difference("{\"a\": [1,\n 2],\n \"b\": 0.50}", "{\"a\":[1,2],\"b\":0.5}\n")).isEmpty();
        assertThat(ExampleOutput.difference("{\"a\":1}\n{\"a\":2}", "{\"a\":1}\n{\"a\":2}\n")).isEmpty();
    }

    @Test
    void anyDifferenceInJsonIsReportedWithWhereItIs() {
        assertThat(ExampleOutput.difference("{\"a\":{\"b\":[1,2]}}", "{\"a\":{\"b\":[1,3]}}"))
            .hasValue("in value 1 at .a.b[1]: the README shows 2, the app gave 3");
        assertThat(ExampleOutput.difference("{\"a\":1,\"b\":2}", "{\"b\":2,\"a\":1}")).get()
            .asString()
            .contains("fields [a, b]", "[b, a]");
        assertThat(ExampleOutput.difference("{\"a\":1}", "{\"a\":1}\n{\"a\":2}")).get()
            .asString()
            .contains("1 JSON values", "printed 2");
        assertThat(ExampleOutput.difference("{\"a\":1}", "Internal Server Error")).isPresent();
    }

    @Test
    void anEllipsisStandsForAValueOrPartOfAText() {
        assertThat(ExampleOutput.difference("{\"source\":\"/…/seeds\",\"from\":{…},\"millis\":…}",
                "{\"source\":\"/work/app/seeds\",\"from\":{\"id\":\"x\"},\"millis\":3610}"))
            .isEmpty();
        assertThat(ExampleOutput.difference("{\"source\":\"/…/seeds\"}", "{\"source\":\"/work/app/docs\"}"))
            .isPresent();
    }

    @Test
    void textIsComparedLineByLineAnEllipsisLineStandingForAnyLines() {
        String shown = "…\n[###] 100%  writing\nImported in … ms";
        assertThat(ExampleOutput.difference(shown, "[###] 100%  reading\n[###] 100%  writing\nImported in 500 ms\n"))
            .isEmpty();
        assertThat(ExampleOutput.difference(shown, "[###] 100%  writing\nImported in 7 ms\n\n")).isEmpty();
        assertThat(ExampleOutput.difference(shown, "[###] 100%  writing\nImported in 7 s")).isPresent();
        assertThat(ExampleOutput.difference("a,b\n1,2", "a,b\n1,3"))
            .hasValue("line 2: the README shows '1,2', the app printed '1,3'");
    }

}
