// What each class states beyond its requirements, with where its document says so, for comparing classes.
// Statements stated once for a whole family or series come after the class's own, each in document order
// (r.order: the place of the statement among those of its class).
// Parameters: $ids, e.g. ['mshp-network-operations-supervisor', 'mshp-network-operations-manager'].
UNWIND $ids AS id
MATCH (c:JobClass {id: id})
RETURN c.id AS id, c.title AS title, c.education AS education, c.years AS years, c.supervision AS supervision,
  COLLECT {
    MATCH (c)-[r:PERFORMS|REQUIRES|EXERCISES|STATES]->(s:Statement)
    RETURN {kind: s.kind, key: s.key, text: s.text, file: r.sourceFile, line: r.sourceLine, seriesWide: r.seriesWide}
    ORDER BY r.seriesWide, r.sourceLine, r.order
  } AS statements;
