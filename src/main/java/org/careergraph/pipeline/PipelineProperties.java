package org.careergraph.pipeline;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.careergraph.vocabulary.MoveType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The documented defaults of the manpower projection, used for a move or class that
 * neither the request nor the recorded history gives a rate for. Every value is an annual
 * share from 0 to 1.
 *
 * @param defaultPromotionRate share promoted along one PROMOTES_TO move per year, 0 to 1
 * @param defaultLateralRate share moving along one SAME_GRADE move per year, 0 to 1
 * @param defaultPeerRate share moving along one PEER_OF move per year, 0 to 1
 * @param defaultAttrition share leaving the service per year, 0 to 1
 */
@ConfigurationProperties("career-graph.pipeline")
@Validated
record PipelineProperties(@DefaultValue("0.10") @DecimalMin("0") @DecimalMax("1") double defaultPromotionRate,
        @DefaultValue("0.02") @DecimalMin("0") @DecimalMax("1") double defaultLateralRate,
        @DefaultValue("0.01") @DecimalMin("0") @DecimalMax("1") double defaultPeerRate,
        @DefaultValue("0.08") @DecimalMin("0") @DecimalMax("1") double defaultAttrition) {

    /** The default rate of a kind of move. */
    double defaultRate(MoveType moveType) {
        return switch (moveType) {
            case PROMOTES_TO -> defaultPromotionRate;
            case SAME_GRADE -> defaultLateralRate;
            case PEER_OF -> defaultPeerRate;
        };
    }
}
