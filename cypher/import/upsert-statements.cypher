// Creates what each class's document states beyond its requirements, as (:Statement) nodes shared by every
// class that states the same thing (same kind, same words), each also labelled by its kind
// (:Responsibility, :Competency, :Knowledge, :Supervision, :Certification, :Licence, :Clearance,
// :Complexity, :Impact). The relationship says how the class stands to it and where the document says so:
// PERFORMS a responsibility, REQUIRES a competency, knowledge or credential, EXERCISES supervision,
// STATES its complexity and impact. Idempotent: MERGE on the statement's key.
// Parameters: $origin, $statements: a list of maps {classId, key, kind, label, text, relationship,
//   properties: {order, sourceFile, sourceLine, seriesWide, level}}; order is the statement's place among
//   those of its class, so that sentences of one line keep their order.
UNWIND $statements AS row
MATCH (c:JobClass {id: row.classId})
MERGE (s:Statement {key: row.key})
  ON CREATE SET s.kind = row.kind, s.text = row.text
SET s:$(row.label)
WITH c, s, row
CALL (c, s, row) {
  WITH c, s, row WHERE row.relationship = 'PERFORMS'
  MERGE (c)-[r:PERFORMS]->(s) SET r += row.properties, r.origin = $origin
  RETURN r
UNION
  WITH c, s, row WHERE row.relationship = 'REQUIRES'
  MERGE (c)-[r:REQUIRES]->(s) SET r += row.properties, r.origin = $origin
  RETURN r
UNION
  WITH c, s, row WHERE row.relationship = 'EXERCISES'
  MERGE (c)-[r:EXERCISES]->(s) SET r += row.properties, r.origin = $origin
  RETURN r
UNION
  WITH c, s, row WHERE row.relationship = 'STATES'
  MERGE (c)-[r:STATES]->(s) SET r += row.properties, r.origin = $origin
  RETURN r
}
RETURN count(r) AS statements;
