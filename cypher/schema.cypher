// Career Graph schema: constraints and indexes. Safe to run again: every statement uses IF NOT EXISTS.
// The application runs this file at start-up; you can also paste it into Neo4j Browser.

CREATE CONSTRAINT job_class_id IF NOT EXISTS FOR (c:JobClass) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT agency_code IF NOT EXISTS FOR (a:Agency) REQUIRE a.code IS UNIQUE;
CREATE CONSTRAINT family_id IF NOT EXISTS FOR (f:Family) REQUIRE f.id IS UNIQUE;
CREATE CONSTRAINT track_name IF NOT EXISTS FOR (t:Track) REQUIRE t.name IS UNIQUE;
CREATE CONSTRAINT statement_key IF NOT EXISTS FOR (s:Statement) REQUIRE s.key IS UNIQUE;
CREATE CONSTRAINT headcount_class IF NOT EXISTS FOR (h:Headcount) REQUIRE h.classId IS UNIQUE;
CREATE CONSTRAINT graph_version_name IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.name IS UNIQUE;
CREATE INDEX job_class_level IF NOT EXISTS FOR (c:JobClass) ON (c.agency, c.level);
CREATE INDEX job_class_title_key IF NOT EXISTS FOR (c:JobClass) ON (c.titleKey);
CREATE INDEX job_class_origin IF NOT EXISTS FOR (c:JobClass) ON (c.origin);
CREATE INDEX staged_class_id IF NOT EXISTS FOR (c:StagedClass) ON (c.id);
CREATE FULLTEXT INDEX job_class_search IF NOT EXISTS FOR (c:JobClass) ON EACH [c.title, c.searchText];
CALL db.awaitIndexes(60);
