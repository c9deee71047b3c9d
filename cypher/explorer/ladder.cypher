// The ladder the explorer draws: the classes in focus, the moves among them, and the rest of the graph
// collapsed into one entry per family that a drawn class has a move to or from.
// Parameters: $agencies: agency codes drawn whole, e.g. ['mshp'];
//             $families: family ids drawn whole, e.g. ['mshp-network-operations', 'mshp-it-management'];
//             $include: class ids drawn as well, e.g. ['coh-it-lead-infrastructure'];
//             $ladders: true to draw the whole family of every class in $include, e.g. false;
//             $limit: the most classes drawn, e.g. 200; $groupLimit: the most collapsed families, e.g. 40.
CALL () {
  UNWIND $agencies AS code
  MATCH (:Agency {code: code})<-[:PART_OF]-(:Family)<-[:IN_FAMILY]-(c:JobClass)
  RETURN c, 1 AS rank
UNION
  UNWIND $families AS familyId
  MATCH (:Family {id: familyId})<-[:IN_FAMILY]-(c:JobClass)
  RETURN c, 1 AS rank
UNION
  UNWIND $include AS id
  MATCH (c:JobClass {id: id})
  RETURN c, 0 AS rank
UNION
  UNWIND $include AS id
  MATCH (:JobClass {id: id})-[:IN_FAMILY]->(:Family)<-[:IN_FAMILY]-(c:JobClass)
  WHERE $ladders
  RETURN c, 1 AS rank
}
WITH c, min(rank) AS rank
ORDER BY rank, c.agency, c.family, c.level, c.title
WITH collect(c) AS matched
WITH size(matched) AS total, matched[..$limit] AS shown
RETURN total,
  [c IN shown | c {.id, .title, .agency, .agencyName, .family, .grades, .tracks, .level, .supervises,
                   familyId: COLLECT { MATCH (c)-[:IN_FAMILY]->(f:Family) RETURN f.id }[0]}] AS classes,
  COLLECT {
    UNWIND shown AS a
    MATCH (a)-[r:PROMOTES_TO|SAME_GRADE|PEER_OF]->(b:JobClass)
    WHERE b IN shown
    RETURN r {type: type(r), from: a.id, to: b.id, .basis, source: {file: r.sourceFile, line: r.sourceLine}, .sharedGrades,
              .confidence}
  } AS moves,
  COLLECT {
    UNWIND shown AS a
    MATCH (a)-[r:PROMOTES_TO|SAME_GRADE|PEER_OF]-(b:JobClass)-[:IN_FAMILY]->(f:Family)
    WHERE NOT b IN shown
    WITH f, count(DISTINCT r) AS links, min(b.level) AS level, collect(DISTINCT a.id) AS drawn
    ORDER BY links DESC, f.id
    LIMIT $groupLimit
    RETURN {familyId: f.id, family: f.name, agency: f.agency, level: level, links: links, drawn: drawn,
            classes: COUNT { (f)<-[:IN_FAMILY]-(:JobClass) }}
  } AS collapsed;
