// Removes what an earlier import from the same origin wrote, so that re-importing leaves exactly
// what the sources say now. Runs in the same transaction as the upserts that follow it.
// Parameters: $origin (e.g. 'documents'), $keep: ids of the classes the new import writes.
MATCH (c:JobClass {origin: $origin})
OPTIONAL MATCH (c)-[r:PROMOTES_TO|SAME_GRADE|PEER_OF|TRACK|IN_FAMILY]-()
WHERE r.origin = $origin OR type(r) IN ['TRACK', 'IN_FAMILY']
DELETE r
WITH DISTINCT c
WHERE NOT c.id IN $keep
DETACH DELETE c
RETURN count(*) AS removed;
