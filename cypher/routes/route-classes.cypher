// What a route answer shows of each of its classes: requirements, pay grades and level for ranking and
// eligibility, and what the class states beyond its requirements (statements stated once for a whole family
// or series after the class's own, each in document order), for what a step changes. The service reads a
// class once per graph version, however many routes pass through it.
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
