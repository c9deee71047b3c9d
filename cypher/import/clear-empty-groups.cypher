// Removes families and agencies no class belongs to any more, and statements no class makes. No parameters.
CALL () {
  MATCH (f:Family) WHERE NOT (f)<-[:IN_FAMILY]-()
  DETACH DELETE f
}
CALL () {
  MATCH (a:Agency) WHERE NOT (a)<-[:PART_OF]-()
  DETACH DELETE a
}
CALL () {
  MATCH (s:Statement) WHERE NOT (s)<--()
  DELETE s
}
RETURN true AS cleared;
