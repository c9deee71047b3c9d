package org.careergraph.pipeline;

import org.careergraph.vocabulary.MoveType;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The documented defaults of the manpower projection, used for a move or class that neither the request nor the
 * recorded history gives a rate for. Every value is an annual share from 0 to 1.
 *
 * @param defaultPromotionRate promoted along one PROMOTES_TO move per year (default 0.10)
 * @param defaultLateralRate   moving along one SAME_GRADE move per year (default 0.02)
 * @param defaultPeerRate      moving along one PEER_OF move per year (default 0.01)
 * @param defaultAttrition     leaving the service per year (default 0.08)
 */
@ConfigurationProperties("career-graph.pipeline")
record PipelineProperties(Double defaultPromotionRate, Double defaultLateralRate, Double defaultPeerRate,
                          Double defaultAttrition) {

    PipelineProperties {
        defaultPromotionRate = share(defaultPromotionRate, 0.10, "default-promotion-rate");
        defaultLateralRate = share(defaultLateralRate, 0.02, "default-lateral-rate");
        defaultPeerRate = share(defaultPeerRate, 0.01, "default-peer-rate");
        defaultAttrition = share(defaultAttrition, 0.08, "default-attrition");
    }

    /** The default rate of a kind of move. */
    double defaultRate(MoveType moveType) {
        return switch (moveType) {
            case PROMOTES_TO -> defaultPromotionRate;
            case SAME_GRADE -> defaultLateralRate;
            case PEER_OF -> defaultPeerRate;
        };
    }

    private static double share(Double value, double fallback, String name) {
        double share = value == null ? fallback : value;
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("career-graph.pipeline." + name + " must be from 0 to 1, not " + share);
        }
        return share;
    }
}
