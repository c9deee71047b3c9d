// The switch: names and summaries of the agencies and families an import's classes belong to. A row without an
// agency name or family summary keeps the one another source already gave.
// Parameters: $groups: a list of maps {agency, agencyName, familyId, family, familySummary}.
UNWIND $groups AS row
MERGE (agency:Agency {code: row.agency})
  SET agency.name = coalesce(row.agencyName, agency.name)
MERGE (family:Family {id: row.familyId})
  SET family.name = row.family, family.agency = row.agency, family.summary = coalesce(row.familySummary, family.summary)
MERGE (family)-[:PART_OF]->(agency)
RETURN count(*) AS groups;
