// What each class states, with where its document says so: its requirements, pay grades and level (for ranking
// routes and judging eligibility) and its statements, for comparing classes and for what a route's step changes.
// Statements stated once for a whole family or series come after the class's own, each in document order
// (r.order: the place of the statement among those of its class).
// Parameters: $ids, e.g. ['mshp-network-operations-supervisor', 'mshp-network-operations-manager'].
UNWIND $ids AS id
MATCH (c:JobClass {id: id})
RETURN c {.id, .title, .agency, .grades, .lowestGrade, .level, .tracks, .education, .years, .condition,
          .requirementText, .substitutions, .experienceForEducation, .educationForExperience,
          .masterReplacesYears, .supervision} AS class,
  COLLECT {
    MATCH (c)-[r:PERFORMS|REQUIRES|EXERCISES|STATES]->(s:Statement)
    RETURN {kind: s.kind, key: s.key, text: s.text, file: r.sourceFile, line: r.sourceLine, seriesWide: r.seriesWide}
    ORDER BY r.seriesWide, r.sourceLine, r.order
  } AS statements;
