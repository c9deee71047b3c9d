package org.careergraph.catalog;

import java.util.Optional;
import org.careergraph.cypher.CypherScripts;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads one class with its requirements, provenance and moves. */
@Service
@Transactional(readOnly = true)
class ClassCatalog {

    private final Neo4jClient neo4j;

    private final CypherScripts cypher;

    ClassCatalog(Neo4jClient neo4j, CypherScripts cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    public Optional<ClassDetail> detail(String id) {
        return neo4j.query(cypher.query("catalog/class-detail"))
            .bind(id)
            .to("id")
            .fetchAs(ClassDetail.class)
            .mappedBy((types, r) -> r.get("class").as(ClassDetail.class))
            .one();
    }

}
