package org.careergraph.security;

/**
 * A user configuration the application refuses to start with; says what is wrong without
 * showing any secret.
 */
class AccessConfigurationException extends IllegalStateException {

    AccessConfigurationException(String message) {
        super(message);
    }

}
