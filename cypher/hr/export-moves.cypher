// Every move between classes as a row of moves.csv, whichever importer wrote it (see origin). No parameters.
MATCH (a:JobClass)-[r:PROMOTES_TO|SAME_GRADE|PEER_OF]->(b:JobClass)
RETURN type(r) AS type, a.id AS from, b.id AS to, r.basis AS basis, r.sharedGrades AS sharedGrades,
       r.confidence AS confidence, r.origin AS origin, r.sourceFile AS sourceFile, r.sourceLine AS sourceLine
ORDER BY origin, type, from, to;
