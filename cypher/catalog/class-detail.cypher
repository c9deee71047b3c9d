// One class with its requirements, provenance and every move into and out of it.
// Parameters: $id, e.g. 'mshp-director-of-strategy-and-planning-level-3'.
MATCH (c:JobClass {id: $id})
RETURN c {.id, .title, .aliases, .code, .agency, .agencyName, .family, .grades, .tracks, .level, .supervises, .summary,
  requirements: c {.education, .years, .condition, .requirementText, .substitutions},
  provenance: {file: c.sourceFile, line: c.sourceLine},
  movesOut: COLLECT {
    MATCH (c)-[r:PROMOTES_TO|SAME_GRADE|PEER_OF]->(other:JobClass)
    RETURN {type: type(r), id: other.id, title: other.title, agency: other.agency, level: other.level,
            basis: r.basis, source: {file: r.sourceFile, line: r.sourceLine}, sharedGrades: r.sharedGrades,
            confidence: r.confidence}
  },
  movesIn: COLLECT {
    MATCH (other:JobClass)-[r:PROMOTES_TO|SAME_GRADE|PEER_OF]->(c)
    RETURN {type: type(r), id: other.id, title: other.title, agency: other.agency, level: other.level,
            basis: r.basis, source: {file: r.sourceFile, line: r.sourceLine}, sharedGrades: r.sharedGrades,
            confidence: r.confidence}
  }} AS class;
