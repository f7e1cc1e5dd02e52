using InfluenceGraph.Core;

namespace InfluenceGraph.Storage.Neo4j;

/// <summary>Shortest paths found by Neo4j itself (allShortestPaths), each step with its evidence.</summary>
public sealed class Neo4jPathFinder(ICypherRunner runner, IGraphStore store) : IPathFinder
{
    public async Task<IReadOnlyList<GraphPath>> FindAsync(string fromId, string toId, int maxHops, int maxPaths, ReviewFilter review = ReviewFilter.NotRejected, CancellationToken cancellationToken = default)
    {
        var statement = Cypher.Paths[Math.Clamp(maxHops, 1, Cypher.Paths.Count) - 1];
        var rows = await runner.RunAsync(statement, new Dictionary<string, object?> { ["from"] = fromId, ["to"] = toId, ["maxPaths"] = maxPaths, ["review"] = review.ToString() }, cancellationToken);
        var paths = new List<GraphPath>();
        foreach (var row in rows.Records)
        {
            var nodes = row["nodes"].EnumerateArray().Select(Neo4jGraphStore.Node).ToList();
            var edges = new List<PathEdge>();
            foreach (var e in row["edges"].EnumerateArray())
            {
                var edge = Neo4jGraphStore.Edge(e);
                edges.Add(new PathEdge(edge, await store.GetEvidenceAsync(edge.Type == "participated-in" ? edge.TargetId : edge.Id, cancellationToken)));
            }
            paths.Add(new GraphPath(nodes, edges));
        }
        return paths;
    }
}
