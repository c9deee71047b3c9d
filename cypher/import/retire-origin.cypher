// The switch, step 1 of 4 (one transaction): the classes an origin wrote before leave the graph readers see.
// They keep their relationships until import/carry-over has moved those that others own.
// Parameters: $origin, e.g. 'documents'.
MATCH (c:JobClass {origin: $origin})
REMOVE c:JobClass:Technical:Management
SET c:RetiredClass
RETURN count(c) AS retired;
