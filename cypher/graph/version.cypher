// The graph's version: a number every write transaction of Career Graph raises (graph/bump-version.cypher),
// so that answers worked out at one version are never served after a write. 0 before the first write.
// No parameters.
OPTIONAL MATCH (v:GraphVersion {name: 'graph'})
RETURN coalesce(v.version, 0) AS version;
