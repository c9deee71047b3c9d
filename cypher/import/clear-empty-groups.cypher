// Removes families and agencies no class belongs to any more. No parameters.
MATCH (f:Family) WHERE NOT (f)<-[:IN_FAMILY]-()
DETACH DELETE f
WITH count(*) AS families
MATCH (a:Agency) WHERE NOT (a)<-[:PART_OF]-()
DETACH DELETE a
RETURN families;
