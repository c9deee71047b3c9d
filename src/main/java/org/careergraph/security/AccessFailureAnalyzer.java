package org.careergraph.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Replaces the stack trace of a refused user configuration with what to fix, at start-up.
 */
class AccessFailureAnalyzer extends AbstractFailureAnalyzer<AccessConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AccessConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                """
                        Configure at least one user with the HR role and a BCrypt password hash, e.g. with environment variables
                          CAREER_GRAPH_ACCESS_USERS_0_NAME=alice
                          CAREER_GRAPH_ACCESS_USERS_0_PASSWORD_HASH='$2a$10$...'   (the part after "alice:" of: htpasswd -nbBC 10 alice 'secret')
                          CAREER_GRAPH_ACCESS_USERS_0_ROLES=HR""",
                cause);
    }

}
