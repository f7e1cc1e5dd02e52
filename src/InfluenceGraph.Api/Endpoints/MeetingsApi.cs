using InfluenceGraph.Core;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InfluenceGraph.Api.Endpoints;

public static class MeetingsApi
{
    public static IEndpointRouteBuilder MapMeetings(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/meetings", Meetings).WithTags("Meetings").WithName("GetVendorMeetings")
            .WithSummary("Vendor-to-agency meetings with who was in the room and their follow-ups")
            .WithDescription("Every meeting, call or meeting request where a company and an agency took part, oldest first: date with its precision, "
                + "status, each side's people with their titles, the evidence, and the follow-ups in order (who wrote to whom, when, how many days after, "
                + "what was proposed). vendor and agency are ids or names and may be omitted; an agency includes its sub-units (ICE includes HSI), a "
                + "company its subsidiaries. A request or proposal for a day on which the same company and agency met is that meeting and is not listed again. review=confirmed keeps only confirmed meetings and follow-ups; review=all includes rejected ones. Example: /api/meetings?vendor=AWS&agency=ICE")
            .RequireRateLimiting(Access.Expensive);
        return app;
    }

    /// <param name="store">The graph.</param>
    /// <param name="meetings">The meetings report.</param>
    /// <param name="vendor">Company id or name, e.g. "Amazon Web Services".</param>
    /// <param name="agency">Agency id or name, e.g. "ICE".</param>
    /// <param name="from">First day, YYYY-MM-DD.</param>
    /// <param name="to">Last day, YYYY-MM-DD.</param>
    /// <param name="limit">1 to 200; 50 by default.</param>
    /// <param name="offset">Meetings to skip.</param>
    /// <param name="review">not-rejected (default), confirmed (what may be published) or all (rejected too).</param>
    /// <param name="cancellationToken">Request abort.</param>
    private static async Task<Ok<Page<VendorMeeting>>> Meetings(IGraphStore store, VendorMeetings meetings, string? vendor, string? agency, string? from, string? to, int? limit, int? offset, string? review, CancellationToken cancellationToken)
    {
        var (l, o) = Parameters.Paging(limit, offset);
        var (f, t) = Parameters.Window(from, to);
        var vendorId = vendor is null ? null : await Parameters.EntityAsync(store, "vendor", vendor, cancellationToken);
        var agencyId = agency is null ? null : await Parameters.EntityAsync(store, "agency", agency, cancellationToken);
        return TypedResults.Ok(await meetings.FindAsync(new MeetingQuery(vendorId, agencyId, f, t, l, o, Parameters.Review(review)), cancellationToken));
    }
}
