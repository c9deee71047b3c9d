// The promotion graph: every class with the classes it promotes to, its headcount, and how many
// same-grade or peer moves lead into it. The service counts routes and betweenness on it.
// No parameters.
MATCH (c:JobClass)
OPTIONAL MATCH (c)-[:HAS_HEADCOUNT]->(h:Headcount)
RETURN c.id AS id, c.title AS title, c.agency AS agency, c.level AS level, h.incumbents AS incumbents,
       COUNT { (c)<-[:SAME_GRADE|PEER_OF]-(:JobClass) } AS lateralWaysIn,
       COLLECT { MATCH (c)-[:PROMOTES_TO]->(up:JobClass) RETURN up.id ORDER BY up.id } AS promotesTo
ORDER BY id;
