// Every agency with how many families and classes it holds, for the explorer's focus picker.
// No parameters.
// Only agencies and families with a class a reader can see: an import writes new ones before it switches.
MATCH (a:Agency)
WHERE EXISTS { (a)<-[:PART_OF]-(:Family)<-[:IN_FAMILY]-(:JobClass) }
RETURN a.code AS code, a.name AS name,
       COUNT { (a)<-[:PART_OF]-(f:Family) WHERE EXISTS { (f)<-[:IN_FAMILY]-(:JobClass) } } AS families,
       COUNT { (a)<-[:PART_OF]-(:Family)<-[:IN_FAMILY]-(:JobClass) } AS classes
ORDER BY classes DESC, code;
