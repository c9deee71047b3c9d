// The switch, step 2 of 4: the staged classes become the graph's classes, with their tracks as labels.
// No parameters.
MATCH (c:StagedClass)
REMOVE c:StagedClass
SET c:JobClass
SET c:$(c.tracks)
RETURN count(c) AS promoted;
