package org.careergraph.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may change data, and whether reading needs a sign-in at all.
 *
 * @param users the people who may sign in (HTTP Basic), each with a BCrypt password hash
 * and roles; the role {@code HR} may import data and edit headcounts
 * @param readsOpen {@code true} (default): searching, routes, pipeline questions and
 * exports need no sign-in; {@code false}: they need any configured user
 */
@ConfigurationProperties("career-graph.access")
record AccessProperties(@DefaultValue List<User> users, @DefaultValue("true") boolean readsOpen) {

    /** The role that may write: imports, edits and headcounts. */
    static final String WRITER_ROLE = "HR";

    AccessProperties {
        users = List.copyOf(users);
    }

    /**
     * One person who may sign in.
     *
     * @param name the user name
     * @param passwordHash a BCrypt hash ({@code $2a$…}, {@code $2b$…} or {@code $2y$…}),
     * never the password itself
     * @param roles e.g. {@code [HR]}
     */
    record User(String name, String passwordHash, @DefaultValue List<String> roles) {

        User {
            roles = List.copyOf(roles);
        }

        /**
         * Leaves the hash out, so that logging the configuration never shows a secret.
         */
        @Override
        public String toString() {
            return "User[name=" + name + ", roles=" + roles + ", passwordHash=(hidden)]";
        }
    }
}
