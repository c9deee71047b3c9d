package org.careergraph.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careergraph.cypher.CypherScripts;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what classes state, several at once, so a route reads its distinct classes in one
 * query.
 */
@Service
@Transactional(readOnly = true)
public class ClassProfiles {

    private final Neo4jClient neo4j;

    private final CypherScripts cypher;

    ClassProfiles(Neo4jClient neo4j, CypherScripts cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    /** The profile of every named class that exists, by id. */
    public Map<String, StatedProfile> read(Collection<String> ids) {
        Map<String, StatedProfile> profiles = new LinkedHashMap<>();
        neo4j.query(cypher.query("catalog/class-statements"))
            .bind(List.copyOf(ids))
            .to("ids")
            .fetchAs(StatedProfile.class)
            .mappedBy((types, record) -> StatedProfile.of(record.get("class"), record.get("statements")))
            .all()
            .forEach(p -> profiles.put(p.id(), p));
        return profiles;
    }

}
