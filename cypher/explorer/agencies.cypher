// Every agency with how many families and classes it holds, for the explorer's focus picker.
// No parameters.
MATCH (a:Agency)
RETURN a.code AS code, a.name AS name,
       COUNT { (a)<-[:PART_OF]-(:Family) } AS families,
       COUNT { (a)<-[:PART_OF]-(:Family)<-[:IN_FAMILY]-(:JobClass) } AS classes
ORDER BY classes DESC, code;
