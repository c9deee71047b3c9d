// How many job classes the graph holds. No parameters.
MATCH (c:JobClass) RETURN count(c) AS classes;
