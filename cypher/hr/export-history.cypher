// Every recorded move (people who moved between two classes in one year) as a row of history.csv.
// No parameters.
MATCH (a:JobClass)-[m:MOVED]->(b:JobClass)
RETURN m.year AS year, a.id AS from, b.id AS to, m.people AS people, m.sourceFile AS sourceFile,
       m.sourceLine AS sourceLine
ORDER BY year, from, to;
