// Whether the graph holds an agency. Parameters: $agency, e.g. 'mshp'.
RETURN EXISTS { MATCH (:Agency {code: $agency}) } AS known;
