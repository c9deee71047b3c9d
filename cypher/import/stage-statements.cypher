// Writes one batch of what staged classes' documents state beyond their requirements, as (:Statement) nodes
// shared by every class that states the same thing (same kind, same words), each also labelled by its kind
// (:Responsibility, :Competency, :Knowledge, :Supervision, :Certification, :Licence, :Clearance,
// :Complexity, :Impact). The relationship says how the class stands to it and where the document says so:
// PERFORMS a responsibility, REQUIRES a competency, knowledge or credential, EXERCISES supervision,
// STATES its complexity and impact. Invisible to readers until the switch, like the staged class itself.
// Parameters: $origin, $statements: a list of maps {classId, key, kind, label, text, relationship,
//   properties: {order, sourceFile, sourceLine, seriesWide, level}}; order is the statement's place among
//   those of its class, so that sentences of one line keep their order.
UNWIND $statements AS row
MATCH (c:StagedClass {id: row.classId})
MERGE (s:Statement {key: row.key})
  ON CREATE SET s.kind = row.kind, s.text = row.text
SET s:$(row.label)
CREATE (c)-[r:$(row.relationship)]->(s)
SET r = row.properties, r.origin = $origin
RETURN count(r) AS staged;
