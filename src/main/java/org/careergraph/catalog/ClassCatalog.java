package org.careergraph.catalog;

import java.util.List;
import java.util.Optional;
import org.careergraph.catalog.ClassDetail.ClassMove;
import org.careergraph.vocabulary.ClassRequirements;
import org.careergraph.vocabulary.Provenance;
import org.careergraph.cypher.CypherScripts;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads one class with its requirements, provenance and moves. */
@Service
@Transactional(readOnly = true)
public class ClassCatalog {

    private final Neo4jClient neo4j;
    private final CypherScripts cypher;

    ClassCatalog(Neo4jClient neo4j, CypherScripts cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    public Optional<ClassDetail> detail(String id) {
        return neo4j.query(cypher.query("catalog/class-detail")).bind(id).to("id").fetchAs(ClassDetail.class)
                .mappedBy((types, r) -> {
                    Value c = r.get("class");
                    return new ClassDetail(c.get("id").asString(), c.get("title").asString(),
                            c.get("aliases").asList(Value::asString), c.get("code").asString(null),
                            c.get("agency").asString(), c.get("agencyName").asString(null), c.get("family").asString(),
                            c.get("grades").asList(Value::asString), c.get("tracks").asList(Value::asString),
                            c.get("level").asInt(), c.get("supervises").asBoolean(false), c.get("summary").asString(null),
                            ClassRequirements.of(c), new Provenance(c.get("sourceFile").asString(null), integer(c.get("sourceLine"))),
                            r.get("outgoing").asList(ClassCatalog::move), r.get("incoming").asList(ClassCatalog::move));
                }).one();
    }

    static ClassMove move(Value m) {
        return new ClassMove(m.get("type").asString(), m.get("id").asString(), m.get("title").asString(),
                m.get("agency").asString(), m.get("level").asInt(), m.get("basis").asString(null),
                new Provenance(m.get("sourceFile").asString(null), integer(m.get("sourceLine"))),
                m.get("sharedGrades").isNull() ? List.of() : m.get("sharedGrades").asList(Value::asString),
                m.get("confidence").isNull() ? null : m.get("confidence").asDouble());
    }

    static Integer integer(Value v) {
        return v.isNull() ? null : v.asInt();
    }
}
