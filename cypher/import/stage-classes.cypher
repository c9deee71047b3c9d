// Writes one batch of an import's classes as staged nodes: (:StagedClass), not (:JobClass), so no reader sees
// them until the switch (import/promote-staged) makes the whole import the graph in one transaction. Each is
// linked to its family, agency and tracks already; a family or agency new to the graph has no class a reader
// can see until then. Parameters: $origin (e.g. 'documents'), $classes: a list of maps {id, agency, agencyName,
//   family, familyId, familySummary, tracks: ['Technical', 'Management'], properties: the JobClass properties}.
UNWIND $classes AS row
CREATE (c:StagedClass)
SET c = row.properties, c.origin = $origin, c.familyId = row.familyId
MERGE (agency:Agency {code: row.agency})
MERGE (family:Family {id: row.familyId})
MERGE (family)-[:PART_OF]->(agency)
CREATE (c)-[:IN_FAMILY]->(family)
WITH c, row
CALL (c, row) {
  UNWIND row.tracks AS trackName
  MERGE (t:Track {name: trackName})
  CREATE (c)-[:TRACK]->(t)
}
RETURN count(c) AS staged;
