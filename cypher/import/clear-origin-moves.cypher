// The switch, before the moves touching classes of another origin are written again: removes the origin's
// earlier moves between two classes it does not own (e.g. HR's promotion between two classes of the
// documents), so that what the new files no longer state is gone. Its moves touching its own classes went
// with the retired classes (import/carry-over). Parameters: $origin, e.g. 'hr'.
MATCH (a:JobClass)-[r:PROMOTES_TO|SAME_GRADE|PEER_OF]->(b:JobClass)
WHERE r.origin = $origin AND a.origin <> $origin AND b.origin <> $origin
DELETE r
RETURN count(*) AS removed;
