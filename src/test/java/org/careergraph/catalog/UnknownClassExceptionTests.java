package org.careergraph.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownClassExceptionTests {

    @Test
    void namesEachSuggestedTitleOnceAndTheAgenciesThatShareIt() {
        var problem = new UnknownClassException("Trainee Web Develper Lead",
                List.of(match("ag0003", "Trainee Web Developer"), match("ag0005", "Trainee Web Developer"),
                        match("ag0003", "Web Developer"), match("ag0007", "Trainee Web Developer")));

        assertThat(problem.getBody().getDetail())
            .isEqualTo("No class matches 'Trainee Web Develper Lead'. Did you mean "
                    + "'Trainee Web Developer' (ag0003, ag0005, ag0007) or 'Web Developer'?");
        assertThat(problem.suggestions()).hasSize(4);
    }

    @Test
    void saysNothingMoreWhenNothingIsNear() {
        assertThat(new UnknownClassException("Astronaut", List.of()).getBody().getDetail())
            .isEqualTo("No class matches 'Astronaut'.");
    }

    private static ClassMatch match(String agency, String title) {
        return new ClassMatch(agency + "-" + title.toLowerCase().replace(' ', '-'), title, agency, "Web Services",
                List.of("12"), List.of("Technical"), 1);
    }

}
