// The classes one move away from a class, with what each requires and why the move exists.
// Parameters: $id, e.g. 'mshp-network-operations-technician'.
MATCH (c:JobClass {id: $id})-[r:PROMOTES_TO|SAME_GRADE|PEER_OF]->(n:JobClass)
RETURN type(r) AS type,
       n {.id, .title, .agency, .family, .grades, .level, .tracks,
          requirements: n {.education, .years, .condition, .requirementText, .substitutions},
          basis: r.basis, source: {file: r.sourceFile, line: r.sourceLine}} AS move
ORDER BY type, n.level, n.title;
