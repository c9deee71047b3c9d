// The classes one move away from a class, with what each requires and why the move exists.
// Parameters: $id, e.g. 'mshp-network-operations-technician'.
MATCH (c:JobClass {id: $id})-[r:PROMOTES_TO|SAME_GRADE|PEER_OF]->(n:JobClass)
RETURN type(r) AS type, r.basis AS basis, r.sourceFile AS sourceFile, r.sourceLine AS sourceLine,
       n {.id, .title, .agency, .family, .grades, .level, .tracks, .education, .years, .condition,
          .requirementText, .substitutions} AS class
ORDER BY type, n.level, n.title, n.id;
