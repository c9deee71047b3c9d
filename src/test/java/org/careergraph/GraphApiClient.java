package org.careergraph;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * What the API tests share: a client of the running application, a GET that answers JSON,
 * and the seed classes the tests ask about.
 */
public abstract class GraphApiClient {

    protected static final String ASSOCIATE = "mshp-associate-network-operations-technician";

    protected static final String TECHNICIAN = "mshp-network-operations-technician";

    protected static final String SUPERVISOR = "mshp-network-operations-supervisor";

    protected static final String PROFESSIONAL = "mshp-client-support-professional";

    protected static final String LEVEL_1 = "mshp-director-of-strategy-and-planning-level-1";

    protected static final String DIRECTOR_3 = "mshp-director-of-strategy-and-planning-level-3";

    @Autowired
    protected TestRestTemplate http;

    protected ResponseEntity<JsonNode> get(String url, Object... variables) {
        return http.getForEntity(url, JsonNode.class, variables);
    }

}
