using InfluenceGraph.Core;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InfluenceGraph.Api.Endpoints;

public static class TimelineApi
{
    public static IEndpointRouteBuilder MapTimeline(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/timeline", Timeline).WithTags("Paths and events").WithName("GetTimeline").WithSummary("Events in date order")
            .WithDescription("Filter by entity (id or name: events it took part in), kind (Meeting, Call, MeetingRequest, FollowUp, Publication), "
                + "status (Held, Proposed, Cancelled), review (not-rejected by default, confirmed for what may be published, all to include rejected facts) and a window from/to (YYYY-MM-DD; an event "
                + "belongs to every window its dates touch). Undated events come last and drop out of any window. Example: /api/timeline?entity=ICE&from=2018-01-01");
        return app;
    }

    /// <param name="store">The graph.</param>
    /// <param name="entity">Entity id or name.</param>
    /// <param name="kind">Event kind.</param>
    /// <param name="status">Held, Proposed or Cancelled.</param>
    /// <param name="review">not-rejected (default), confirmed (what may be published) or all (rejected too).</param>
    /// <param name="from">First day, YYYY-MM-DD.</param>
    /// <param name="to">Last day, YYYY-MM-DD.</param>
    /// <param name="limit">1 to 200; 100 by default.</param>
    /// <param name="offset">Events to skip.</param>
    /// <param name="cancellationToken">Request abort.</param>
    private static async Task<Ok<Page<Event>>> Timeline(IGraphStore store, string? entity, string? kind, string? status, string? review, string? from, string? to, int? limit, int? offset, CancellationToken cancellationToken)
    {
        var (l, o) = Parameters.Paging(limit, offset, 100);
        var (f, t) = Parameters.Window(from, to);
        var entityId = entity is null ? null : await Parameters.EntityAsync(store, "entity", entity, cancellationToken);
        return TypedResults.Ok(await store.GetEventsAsync(new EventQuery(f, t, entityId, Parameters.Enum<EventKind>("kind", kind), Parameters.Enum<EventStatus>("status", status), l, o,
            Parameters.Review(review)), cancellationToken));
    }
}
