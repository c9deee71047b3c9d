package org.careergraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.careergraph.security.AccessProperties.User;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The user configuration: refused when it would leave writes unprotected, and never shown
 * with its secrets.
 */
class AccessUsersTests {

    static final String HASH = new BCryptPasswordEncoder(4).encode("correct horse");

    @Test
    void productionWithoutAUserRefusesToStart() {
        assertThatThrownBy(() -> AccessUsers.from(new AccessProperties(List.of(), true), true))
            .isInstanceOf(AccessConfigurationException.class)
            .hasMessageContaining("No user is configured")
            .hasMessageContaining("no default password");
    }

    @Test
    void outsideProductionNoUserMeansNobodyCanWrite() {
        assertThat(AccessUsers.from(new AccessProperties(List.of(), true), false).userExists("hr")).isFalse();
    }

    @Test
    void aPasswordInsteadOfAHashIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> AccessUsers
            .from(new AccessProperties(List.of(new User("alice", "hunter2", List.of("HR"))), true), true))
            .hasMessageContaining("career-graph.access.users[0].password-hash of user 'alice' is not a BCrypt hash")
            .hasMessageNotContaining("hunter2");
    }

    @Test
    void aNameGivenTwiceIsRefused() {
        assertThatThrownBy(() -> AccessUsers.from(
                new AccessProperties(
                        List.of(new User("alice", HASH, List.of("HR")), new User("Alice", HASH, List.of())), true),
                false))
            .hasMessageContaining("configured twice");
    }

    @Test
    void configuredUsersSignInWithTheirRoles() {
        var users = AccessUsers.from(new AccessProperties(List.of(new User("alice", HASH, List.of("HR"))), true), true);

        var alice = users.loadUserByUsername("alice");
        assertThat(new BCryptPasswordEncoder().matches("correct horse", alice.getPassword())).isTrue();
        assertThat(alice.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_HR");
    }

    @Test
    void readsAreOpenByDefaultAndTheHashIsNeverPrinted() {
        AccessProperties access = new AccessProperties(List.of(new User("alice", HASH, List.of("HR"))), true);

        assertThat(access.readsOpen()).isTrue();
        assertThat(access.toString()).contains("alice").doesNotContain(HASH);
    }

}
