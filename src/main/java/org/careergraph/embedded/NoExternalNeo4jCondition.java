package org.careergraph.embedded;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when nobody asked for an external Neo4j server: {@code spring.neo4j.uri} is
 * unset or blank and {@code career-graph.embedded.enabled} is not {@code false} (set it
 * where the connection comes from elsewhere, e.g. service bindings or a test container's
 * service connection).
 */
class NoExternalNeo4jCondition extends SpringBootCondition {

    static final String URI_PROPERTY = "spring.neo4j.uri";
    static final String ENABLED_PROPERTY = EmbeddedNeo4jProperties.PREFIX + ".enabled";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String uri = context.getEnvironment().getProperty(URI_PROPERTY);
        if (StringUtils.hasText(uri)) {
            return ConditionOutcome.noMatch(URI_PROPERTY + " is set to " + uri + "; using that server");
        }
        if (!context.getEnvironment().getProperty(ENABLED_PROPERTY, Boolean.class, true)) {
            return ConditionOutcome.noMatch(ENABLED_PROPERTY + " is false; the connection is configured elsewhere");
        }
        return ConditionOutcome.match(URI_PROPERTY + " is not set; starting embedded Neo4j");
    }

}
