// Every class and move, for loading the in-memory baseline graph the benchmark compares Neo4j with.
// No parameters.
MATCH (a:JobClass)-[r:PROMOTES_TO|SAME_GRADE|PEER_OF]->(b:JobClass)
RETURN a.id AS from, a.level AS fromLevel, a.agency AS fromAgency, a.tracks AS fromTracks,
       b.id AS to, b.level AS toLevel, b.agency AS toAgency, b.tracks AS toTracks, type(r) AS type;
