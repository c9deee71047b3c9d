// Every review HR made of a de facto move, newest first, and whether a move still joins the two classes (a
// later moves.csv import may have removed it). No parameters.
MATCH (r:MoveReview)
OPTIONAL MATCH (a:JobClass {id: r.from})
OPTIONAL MATCH (b:JobClass {id: r.to})
RETURN r {.*} AS review, coalesce(a {.id, .title, .agency, .level}, {id: r.from, level: 0}) AS from,
       coalesce(b {.id, .title, .agency, .level}, {id: r.to, level: 0}) AS to,
       EXISTS { (a)-[:PROMOTES_TO|SAME_GRADE|PEER_OF]->(b) } AS inForce
ORDER BY r.reviewedAt DESC, r.from, r.to;
