// Titles more than one class carries (the same rank in many agencies): names that are ambiguous on their own.
// Parameters: $count, e.g. 100.
MATCH (c:JobClass)
WITH c.title AS title, count(*) AS classes WHERE classes > 1
RETURN title ORDER BY classes DESC, title LIMIT $count;
