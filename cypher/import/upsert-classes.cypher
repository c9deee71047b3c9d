// Creates or updates job classes with their agency, family and tracks. Idempotent: MERGE on stable ids.
// Each class also carries its tracks as labels (:Technical, :Management) so Neo4j Browser can colour by track.
// A row without an agency name or family summary keeps the one another source already gave.
// Parameters: $origin (e.g. 'documents'), $classes: a list of maps with the JobClass properties plus
//   agencyName, familyId, familySummary and tracks (['Technical', 'Management']).
UNWIND $classes AS row
MERGE (agency:Agency {code: row.agency})
  SET agency.name = coalesce(row.agencyName, agency.name)
MERGE (family:Family {id: row.familyId})
  SET family.name = row.family, family.agency = row.agency, family.summary = coalesce(row.familySummary, family.summary)
MERGE (family)-[:PART_OF]->(agency)
MERGE (c:JobClass {id: row.id})
  SET c += row.properties, c.origin = $origin
  REMOVE c:Technical:Management
MERGE (c)-[:IN_FAMILY]->(family)
WITH c, row
CALL (c, row) {
  UNWIND row.tracks AS trackName
  MERGE (t:Track {name: trackName})
  MERGE (c)-[:TRACK]->(t)
  SET c:$(trackName)
}
RETURN count(c) AS classes;
