// Keeps one (:JobClass)-[:OBSERVED_MOVE {years, people}]->(:JobClass) for every pair of classes people were
// recorded moving between (MOVED) that no documented or reviewed move joins and that does not lead to a lower
// level of work: the de facto moves a route may use when it asks for moves=observed. `years` lists the years
// with at least one person, in order, and `people` the people of each. Rerun after every change to the
// recorded history or to the moves; it rewrites them all. No parameters.
CALL () {
  MATCH ()-[o:OBSERVED_MOVE]->()
  DELETE o
}
MATCH (a:JobClass)-[m:MOVED]->(b:JobClass)
WHERE m.people > 0 AND b.level >= a.level AND NOT EXISTS { (a)-[:PROMOTES_TO|SAME_GRADE|PEER_OF]->(b) }
WITH a, b, m ORDER BY m.year
WITH a, b, collect(m.year) AS years, collect(m.people) AS people
CREATE (a)-[o:OBSERVED_MOVE {years: years, people: people}]->(b)
RETURN count(o) AS observedMoves;
