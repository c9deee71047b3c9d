// The families of one agency with their size and range of levels, for the explorer's focus picker.
// Parameters: $agency: an agency code, e.g. 'mshp'.
MATCH (:Agency {code: $agency})<-[:PART_OF]-(f:Family)<-[:IN_FAMILY]-(c:JobClass)
RETURN f.id AS id, f.name AS name, count(c) AS classes, min(c.level) AS lowestLevel, max(c.level) AS highestLevel
ORDER BY lowestLevel, name, id;
