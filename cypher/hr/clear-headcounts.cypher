// Removes the headcounts of the classes a new headcounts file no longer lists.
// Parameters: $keep: the class ids it lists, e.g. ['mshp-network-operations-technician'].
MATCH (h:Headcount)
WHERE NOT h.classId IN $keep
DETACH DELETE h
RETURN count(*) AS removed;
