// How many different years the recorded history covers; a rate from history is the people who made a
// move, per recorded year, per incumbent. No parameters.
MATCH (:JobClass)-[m:MOVED]->(:JobClass)
RETURN count(DISTINCT m.year) AS years;
