// Every class as a row of classes.csv: HR's own and those of the class-specification documents
// (the origin column tells which). No parameters.
MATCH (c:JobClass)
OPTIONAL MATCH (c)-[:IN_FAMILY]->(f:Family)
RETURN c.id AS id, c.title AS title, c.agency AS agency, c.agencyName AS agencyName, c.family AS family,
       f.summary AS familySummary, c.grades AS grades, c.tracks AS tracks, c.functions AS functions,
       c.code AS code, c.education AS education, c.years AS years, c.requirementText AS requirements,
       c.summary AS summary, c.level AS level, c.origin AS origin, c.sourceFile AS sourceFile,
       c.sourceLine AS sourceLine
ORDER BY origin, agency, family, level, title, id;
