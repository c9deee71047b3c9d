// Which of the requested agencies, families and classes the graph does not hold.
// Parameters: $agencies: agency codes, e.g. ['mshp']; $families: family ids, e.g. ['mshp-it-management'];
//             $include: class ids, e.g. ['mshp-network-operations-manager'].
RETURN [code IN $agencies WHERE NOT EXISTS { MATCH (:Agency {code: code}) }] AS agencies,
       [id IN $families WHERE NOT EXISTS { MATCH (:Family {id: id}) }] AS families,
       [id IN $include WHERE NOT EXISTS { MATCH (:JobClass {id: id}) }] AS classes;
