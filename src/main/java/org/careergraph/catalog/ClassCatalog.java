package org.careergraph.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import org.careergraph.cypher.CypherScripts;
import org.careergraph.cypher.GraphVersion;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads one class with its requirements, provenance and moves, once per version of the
 * graph: a class's page is what most people open first, and it only changes with a write.
 * A remembered class costs no transaction.
 */
@Service
class ClassCatalog {

    private static final int REMEMBERED = 10_000;

    private final Neo4jClient neo4j;

    private final CypherScripts cypher;

    private final GraphVersion version;

    private final TransactionTemplate read;

    private final Cache<Asked, Optional<ClassDetail>> details = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

    ClassCatalog(Neo4jClient neo4j, CypherScripts cypher, GraphVersion version,
            PlatformTransactionManager transactions) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.version = version;
        this.read = new TransactionTemplate(transactions);
        this.read.setReadOnly(true);
    }

    /** A class id as asked at one version of the graph. */
    private record Asked(long version, String id) {
    }

    public Optional<ClassDetail> detail(String id) {
        // the version is read before the class: a detail is never older than its version
        return details.get(new Asked(version.current(), id),
                asked -> read.execute(status -> neo4j.query(cypher.query("catalog/class-detail"))
                    .bind(id)
                    .to("id")
                    .fetchAs(ClassDetail.class)
                    .mappedBy((types, r) -> r.get("class").as(ClassDetail.class))
                    .one()));
    }

}
