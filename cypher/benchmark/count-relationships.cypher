// How many relationships the graph holds. No parameters.
MATCH ()-[r]->() RETURN count(r) AS n;
