// Every class's headcount as a row of headcounts.csv. No parameters.
MATCH (c:JobClass)-[:HAS_HEADCOUNT]->(h:Headcount)
RETURN c.id AS class, h.incumbents AS incumbents, h.authorized AS authorized, h.vacancies AS vacancies,
       h.sourceFile AS sourceFile, h.sourceLine AS sourceLine
ORDER BY class;
