// Removes the recorded moves a new history file no longer lists.
// Parameters: $keep: keys 'from>to@year' of the rows it lists,
//   e.g. ['mshp-network-operations-technician>mshp-network-operations-supervisor@2023'].
MATCH (a:JobClass)-[m:MOVED]->(b:JobClass)
WHERE NOT a.id + '>' + b.id + '@' + toString(m.year) IN $keep
DELETE m
RETURN count(*) AS removed;
