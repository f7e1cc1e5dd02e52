using System.Security.Claims;
using InfluenceGraph.Core;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InfluenceGraph.Api.Endpoints;

/// <summary>An editor's decision: Confirmed, Disputed, Rejected (or Unreviewed to take a decision back), and why.</summary>
public sealed record ReviewRequest(string? Status, string? Note);

/// <summary>A decision as recorded.</summary>
public sealed record ReviewRecorded(string FactId, Review Review);

/// <summary>A new name, a new kind, or both.</summary>
public sealed record EntityCorrectionRequest(string? Name, string? Kind, string? Note);

public sealed record MergeRequest(string? DuplicateId, string? Note);

public sealed record SplitRequest(string? MergedId, string? Note);

/// <summary>Who the key belongs to and what it may do.</summary>
public sealed record Caller(string Name, Role Role);

public sealed record KeyHolder(string Name, Role Role);

public static class ReviewApi
{
    public static IEndpointRouteBuilder MapReview(this IEndpointRouteBuilder app)
    {
        var review = app.MapGroup("/api").WithTags("Review");
        review.MapGet("/me", Me).WithName("WhoAmI").WithSummary("The holder and role of the API key sent in X-Api-Key")
            .WithDescription("401 when no key or an unknown key is sent.").ProducesProblem(StatusCodes.Status401Unauthorized)
            // Any known key: the key handler's challenge answers the rest with its 401.
            .RequireAuthorization(policy => policy.RequireAuthenticatedUser());
        review.MapPut("/review/{factId}", Decide).WithName("ReviewFact").WithSummary("Confirm, dispute or reject an event, relation or entity")
            .WithDescription("Body {\"status\":\"Confirmed\",\"note\":\"matches FOIA page 12\"}; status is Confirmed, Disputed, Rejected or Unreviewed. "
                + "The reviewer is the key's holder; the change goes to the audit log. Rejected facts leave default answers and exports but are kept. "
                + "Re-ingesting a document never changes a decision. Needs an editor key.")
            .RequireAuthorization(Access.Edit).RequireRateLimiting(Access.Writes)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
        review.MapGet("/audit", Audit).WithName("GetAuditLog").WithSummary("Every change editors made, newest first: who, when, before, after, why")
            .WithDescription("factId limits it to one event, relation or entity. Example: /api/audit?factId=meeting:2018-06-12-amazon-web-services-us-immigration-and-customs-enforcement");
        var entities = app.MapGroup("/api/entities").WithTags("Review").RequireAuthorization(Access.Edit).RequireRateLimiting(Access.Writes)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        entities.MapPatch("/{id}", Correct).WithName("CorrectEntity").WithSummary("Rename or retype an entity; its id, evidence and history stay")
            .WithDescription("Body {\"name\":\"…\",\"kind\":\"Company\",\"note\":\"…\"}; the old name stays an alias. Needs an editor key.");
        entities.MapPost("/{id}/merge", Merge).WithName("MergeEntities").WithSummary("Fold a duplicate entity into this one")
            .WithDescription("Body {\"duplicateId\":\"…\",\"note\":\"…\"}: its names, evidence, events and relations move here, and documents ingested later that "
                + "name it land here too. 409 when the duplicate was already merged. Needs an editor key.").ProducesProblem(StatusCodes.Status409Conflict);
        entities.MapPost("/{id}/split", Split).WithName("SplitEntity").WithSummary("Undo a merge: the merged entity comes back with what it brought")
            .WithDescription("Body {\"mergedId\":\"…\",\"note\":\"…\"}. Needs an editor key.").ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/api/admin/keys", Keys).WithTags("Review").WithName("ListKeys").WithSummary("The key holders this server knows and their roles (never the keys)")
            .RequireAuthorization(Access.Administer);
        return app;
    }

    private static Ok<Caller> Me(HttpContext context) =>
        TypedResults.Ok(new Caller(context.User.Identity!.Name!, Enum.Parse<Role>(context.User.FindFirstValue(ClaimTypes.Role)!)));

    /// <param name="store">The graph.</param>
    /// <param name="context">The request, for the reviewer's name.</param>
    /// <param name="factId">An event, relation or entity id.</param>
    /// <param name="request">The decision.</param>
    /// <param name="cancellationToken">Request abort.</param>
    private static async Task<Ok<ReviewRecorded>> Decide(IGraphStore store, HttpContext context, string factId, ReviewRequest request, CancellationToken cancellationToken)
    {
        var status = Parameters.Enum<ReviewStatus>("status", request.Status)
            ?? throw ApiProblemException.BadParameter("status", "status is required: Confirmed, Disputed, Rejected or Unreviewed.");
        var review = await store.ReviewAsync(new ReviewDecision(factId, status, context.Caller(), string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim()), cancellationToken)
            ?? throw ApiProblemException.NotFound("Fact", factId);
        return TypedResults.Ok(new ReviewRecorded(factId, review));
    }

    /// <param name="store">The graph.</param>
    /// <param name="factId">Only changes to this event, relation or entity.</param>
    /// <param name="limit">1 to 200; 50 by default.</param>
    /// <param name="offset">Entries to skip.</param>
    /// <param name="cancellationToken">Request abort.</param>
    private static async Task<Ok<Page<AuditEntry>>> Audit(IGraphStore store, string? factId, int? limit, int? offset, CancellationToken cancellationToken)
    {
        var (l, o) = Parameters.Paging(limit, offset);
        return TypedResults.Ok(await store.GetAuditLogAsync(new AuditQuery(factId, l, o), cancellationToken));
    }

    private static async Task<Ok<Entity>> Correct(IGraphStore store, HttpContext context, string id, EntityCorrectionRequest request, CancellationToken cancellationToken)
    {
        var kind = Parameters.Enum<EntityKind>("kind", request.Kind);
        if (string.IsNullOrWhiteSpace(request.Name) && kind is null) throw ApiProblemException.BadParameter("name", "Give a new name, a new kind, or both.");
        return TypedResults.Ok(await store.CorrectEntityAsync(new EntityCorrection(id, request.Name?.Trim() is { Length: > 0 } n ? n : null, kind, context.Caller(), request.Note), cancellationToken)
            ?? throw ApiProblemException.NotFound("Entity", id));
    }

    private static async Task<Ok<Entity>> Merge(IGraphStore store, HttpContext context, string id, MergeRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.DuplicateId)) throw ApiProblemException.BadParameter("duplicateId", "duplicateId is required: the entity to fold into this one.");
        await RequireEntityAsync(store, id, cancellationToken);
        return TypedResults.Ok(await store.MergeEntitiesAsync(new EntityMerge(id, request.DuplicateId, context.Caller(), request.Note), cancellationToken));
    }

    private static async Task<Ok<Entity>> Split(IGraphStore store, HttpContext context, string id, SplitRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.MergedId)) throw ApiProblemException.BadParameter("mergedId", "mergedId is required: the entity merged into this one.");
        await RequireEntityAsync(store, id, cancellationToken);
        return TypedResults.Ok(await store.SplitEntityAsync(new EntitySplit(id, request.MergedId, context.Caller(), request.Note), cancellationToken));
    }

    /// <summary>A 404 for an unknown entity in the path; what else is wrong with a merge or split is a 409 from the store.</summary>
    private static async Task RequireEntityAsync(IGraphStore store, string id, CancellationToken cancellationToken)
    {
        if ((await store.GetEntityNamesAsync([id], cancellationToken)).Count == 0) throw ApiProblemException.NotFound("Entity", id);
    }

    private static Ok<IReadOnlyList<KeyHolder>> Keys(Microsoft.Extensions.Options.IOptions<AccessOptions> options) =>
        TypedResults.Ok<IReadOnlyList<KeyHolder>>(options.Value.Keys.Select(k => new KeyHolder(k.Key, k.Value.Role)).OrderBy(k => k.Name, StringComparer.Ordinal).ToList());
}
