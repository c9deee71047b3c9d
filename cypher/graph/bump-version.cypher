// Raises the graph's version; Career Graph runs this in the same transaction as every write (imports, HR
// files, headcount edits), so the new version and the new data become visible together. Anything else that
// writes to the graph on a Neo4j server Career Graph reads from should run it too, in its own transaction.
// No parameters.
MERGE (v:GraphVersion {name: 'graph'})
SET v.version = coalesce(v.version, 0) + 1, v.changedAt = datetime()
RETURN v.version AS version;
