// Deletes up to $batch nodes no reader sees: staged classes of an import that did not finish, and retired
// classes an import replaced. Run until it returns 0. Parameters: $batch, e.g. 10000.
MATCH (c)
WHERE c:StagedClass OR c:RetiredClass
WITH c LIMIT $batch
DETACH DELETE c
RETURN count(*) AS deleted;
