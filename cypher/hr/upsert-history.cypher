// Records how many people made a move in a year: (:JobClass)-[:MOVED {year, people}]->(:JobClass), one
// relationship per move and year. Idempotent: MERGE on the year.
// Parameters: $rows: a list of maps {from, to, year, properties: {people, sourceFile, sourceLine}}.
UNWIND $rows AS row
MATCH (a:JobClass {id: row.from})
MATCH (b:JobClass {id: row.to})
MERGE (a)-[m:MOVED {year: row.year}]->(b)
  SET m += row.properties, m.origin = 'hr'
RETURN count(m) AS recorded;
