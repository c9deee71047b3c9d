// The years the recorded history covers within a period: a count per year is the people per recorded
// year, as the projection counts them.
// Parameters: $fromYear, $toYear: the period, years inclusive, null for open, e.g. 2022, 2024.
MATCH (:JobClass)-[m:MOVED]->(:JobClass)
WHERE ($fromYear IS NULL OR m.year >= $fromYear) AND ($toYear IS NULL OR m.year <= $toYear)
RETURN min(m.year) AS first, max(m.year) AS last, count(DISTINCT m.year) AS years;
