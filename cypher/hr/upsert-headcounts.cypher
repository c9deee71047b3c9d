// Creates or updates the headcount of classes; a headcount is its own node, so that re-importing the
// documents that define a class never touches it. Idempotent: MERGE on the class id.
// Parameters: $rows: a list of maps {classId, properties: {incumbents, authorized, vacancies, sourceFile,
//   sourceLine}}, e.g. [{classId: 'mshp-network-operations-technician', properties: {incumbents: 40,
//   authorized: 45, vacancies: 5, sourceFile: 'headcounts.csv', sourceLine: 2}}].
UNWIND $rows AS row
MATCH (c:JobClass {id: row.classId})
MERGE (h:Headcount {classId: row.classId})
  SET h += row.properties, h.origin = 'hr'
MERGE (c)-[:HAS_HEADCOUNT]->(h)
RETURN count(h) AS headcounts;
