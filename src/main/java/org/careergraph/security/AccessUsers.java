package org.careergraph.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.careergraph.security.AccessProperties.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Turns the configured users into Spring Security's user store, refusing a configuration
 * that would leave writes unprotected or undecidable: a user without a BCrypt hash, a
 * name given twice, or (in production) no user at all.
 */
final class AccessUsers {

    private static final Pattern BCRYPT = Pattern.compile("^\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}$");

    private AccessUsers() {
    }

    static InMemoryUserDetailsManager from(AccessProperties access, boolean production) {
        if (access.users().isEmpty() && production) {
            throw new AccessConfigurationException("No user is configured, so nobody could import data or edit "
                    + "headcounts. The prod profile has no default user and no default password.");
        }
        List<UserDetails> users = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < access.users().size(); i++) {
            User user = access.users().get(i);
            String where = "career-graph.access.users[" + i + "]";
            if (user.name() == null || user.name().isBlank()) {
                throw new AccessConfigurationException(where + ".name is empty.");
            }
            if (!names.add(user.name().toLowerCase(Locale.ROOT))) {
                throw new AccessConfigurationException(where + ".name '" + user.name() + "' is configured twice.");
            }
            if (user.passwordHash() == null || !BCRYPT.matcher(user.passwordHash()).matches()) {
                // the value itself is never echoed: it may be a password pasted by
                // mistake
                throw new AccessConfigurationException(
                        where + ".password-hash of user '" + user.name() + "' is not a BCrypt hash.");
            }
            users.add(org.springframework.security.core.userdetails.User.withUsername(user.name())
                .password(user.passwordHash())
                .roles(user.roles().toArray(String[]::new))
                .build());
        }
        return new InMemoryUserDetailsManager(users);
    }

}
