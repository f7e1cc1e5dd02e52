using InfluenceGraph.Core;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InfluenceGraph.Api.Endpoints;

/// <summary>The shortest paths found between two entities.</summary>
public sealed record PathsResult(string From, string To, int MaxHops, IReadOnlyList<GraphPath> Paths);

public static class GraphApi
{
    public static IEndpointRouteBuilder MapGraph(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Paths and events");
        group.MapGet("/paths", Paths).WithName("FindPaths").WithSummary("Shortest paths between two entities, each edge with its evidence")
            .WithDescription("from and to are entity ids or names. Paths of at most maxHops edges (1-6, 4 by default), up to maxPaths (1-10, 3 by default), "
                + "shortest first; relations may be walked either way. Example: /api/paths?from=Amazon%20Web%20Services&to=ICE")
            .RequireRateLimiting(Access.Expensive);
        group.MapGet("/events/{id}", Event).WithName("GetEvent").WithSummary("One meeting, call, request, follow-up or publication, with participants and evidence")
            .WithDescription("Its status (Held, Proposed, Cancelled), its date with precision and original wording, each participant with a role, and "
                + "every quote it rests on. Example: /api/events/meeting:2018-06-12-amazon-web-services-us-immigration-and-customs-enforcement");
        return app;
    }

    /// <param name="store">The graph.</param>
    /// <param name="paths">Path finding.</param>
    /// <param name="from">Entity id or name where paths start.</param>
    /// <param name="to">Entity id or name where paths end.</param>
    /// <param name="maxHops">1 to 6; 4 by default.</param>
    /// <param name="maxPaths">1 to 10; 3 by default.</param>
    /// <param name="review">not-rejected (default), confirmed (what may be published) or all (rejected too).</param>
    /// <param name="cancellationToken">Request abort.</param>
    private static async Task<Ok<PathsResult>> Paths(IGraphStore store, IPathFinder paths, string? from, string? to, int? maxHops, int? maxPaths, string? review, CancellationToken cancellationToken)
    {
        var hops = Parameters.Range("maxHops", maxHops, 4, 1, 6);
        var count = Parameters.Range("maxPaths", maxPaths, 3, 1, 10);
        var fromId = await Parameters.EntityAsync(store, "from", from, cancellationToken);
        var toId = await Parameters.EntityAsync(store, "to", to, cancellationToken);
        return TypedResults.Ok(new PathsResult(fromId, toId, hops, await paths.FindAsync(fromId, toId, hops, count, Parameters.Review(review), cancellationToken)));
    }

    /// <param name="store">The graph.</param>
    /// <param name="id">An event id, e.g. meeting:2018-06-12-amazon-web-services-us-immigration-and-customs-enforcement.</param>
    /// <param name="cancellationToken">Request abort.</param>
    private static async Task<Ok<Event>> Event(IGraphStore store, string id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.GetEventAsync(id, cancellationToken) ?? throw ApiProblemException.NotFound("Event", id));
}
