using QuikGraph;
using QuikGraph.Algorithms.RankedShortestPath;

namespace InfluenceGraph.Core;

/// <summary>One edge of a path, with what it rests on.</summary>
public sealed record PathEdge(GraphEdge Edge, IReadOnlyList<Evidence> Evidence);

/// <summary>A chain of nodes from one entity to another, each step an edge with its evidence.</summary>
public sealed record GraphPath(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<PathEdge> Edges)
{
    public int Hops => Edges.Count;
}

/// <summary>Shortest paths between two nodes, each step with its evidence.</summary>
public interface IPathFinder
{
    /// <summary>Up to <paramref name="maxPaths"/> shortest paths of at most <paramref name="maxHops"/> steps, walking relations either way.</summary>
    Task<IReadOnlyList<GraphPath>> FindAsync(string fromId, string toId, int maxHops, int maxPaths, ReviewFilter review = ReviewFilter.NotRejected, CancellationToken cancellationToken = default);
}

/// <summary>
/// Shortest paths between two entities, found over the neighbourhoods fetched around both ends,
/// each half as deep as the path may be long (a path of k hops has a middle node within k/2 of
/// each end), with QuikGraph's Hoffman–Pavley ranked shortest paths. The store answers only what
/// it answers natively, and no request pulls in the whole graph.
/// </summary>
public sealed class GraphPaths(IGraphStore store) : IPathFinder
{
    /// <summary>The size of each neighbourhood searched; a path through the part left out is not found.</summary>
    public const int MaxNodesSearched = 3000;

    public async Task<IReadOnlyList<GraphPath>> FindAsync(string fromId, string toId, int maxHops, int maxPaths, ReviewFilter review = ReviewFilter.NotRejected, CancellationToken cancellationToken = default)
    {
        var near = await store.GetNeighbourhoodAsync(fromId, (maxHops + 1) / 2, MaxNodesSearched, review, cancellationToken);
        var far = maxHops >= 2 ? await store.GetNeighbourhoodAsync(toId, maxHops / 2, MaxNodesSearched, review, cancellationToken) : new Subgraph([], [], false);
        var subgraph = new Subgraph(near.Nodes.Concat(far.Nodes).DistinctBy(n => n.Id).ToList(), near.Edges.Concat(far.Edges).DistinctBy(e => e.Id).ToList(), near.Truncated || far.Truncated);
        var nodes = subgraph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        if (!nodes.TryGetValue(fromId, out var start) || !nodes.ContainsKey(toId)) return [];
        if (fromId == toId) return [new GraphPath([start], [])];

        // Relations are directed, but a path may walk them either way: "who connects AWS to ICE".
        var graph = new BidirectionalGraph<string, TaggedEdge<string, GraphEdge>>(allowParallelEdges: true);
        graph.AddVertexRange(nodes.Keys);
        foreach (var edge in subgraph.Edges)
        {
            graph.AddEdge(new TaggedEdge<string, GraphEdge>(edge.SourceId, edge.TargetId, edge));
            graph.AddEdge(new TaggedEdge<string, GraphEdge>(edge.TargetId, edge.SourceId, edge));
        }
        var ranked = new HoffmanPavleyRankedShortestPathAlgorithm<string, TaggedEdge<string, GraphEdge>>(graph, _ => 1.0)
        {
            // Ask for more than wanted: walking an edge back and forth yields paths that are dropped below.
            ShortestPathCount = maxPaths * 4,
        };
        ranked.Compute(fromId, toId);

        var paths = new List<GraphPath>();
        foreach (var candidate in ranked.ComputedShortestPaths)
        {
            var steps = candidate.ToList();
            if (steps.Count > maxHops) break;
            var visited = steps.Select(s => s.Target).Prepend(fromId).ToList();
            if (visited.Distinct(StringComparer.Ordinal).Count() != visited.Count) continue;
            var edges = new List<PathEdge>();
            foreach (var step in steps) edges.Add(new PathEdge(step.Tag, await EvidenceOfAsync(step.Tag, cancellationToken)));
            paths.Add(new GraphPath(visited.Select(id => nodes[id]).ToList(), edges));
            if (paths.Count == maxPaths) break;
        }
        return paths;
    }

    /// <summary>A relation's own evidence; for taking part in an event, the event's.</summary>
    private Task<IReadOnlyList<Evidence>> EvidenceOfAsync(GraphEdge edge, CancellationToken cancellationToken) =>
        store.GetEvidenceAsync(edge.Type == "participated-in" ? edge.TargetId : edge.Id, cancellationToken);
}
