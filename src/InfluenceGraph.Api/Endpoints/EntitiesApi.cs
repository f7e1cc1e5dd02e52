using InfluenceGraph.Core;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InfluenceGraph.Api.Endpoints;

/// <summary>A document that names an entity, and how often.</summary>
public sealed record Mentioning(DocumentSummary Document, int Mentions);

/// <summary>Everything known of one entity: names, roles, relations, the documents that name it, and the evidence.</summary>
/// <param name="Roles">Works-for relations from or to it (its jobs, or its staff), the first 200; <see cref="RoleCount"/> counts them all.</param>
/// <param name="Relations">Its other relations, the first 200; <see cref="RelationCount"/> counts them all.</param>
/// <param name="Documents">The documents that name it, newest first, the first 200; <see cref="DocumentCount"/> counts them all.</param>
/// <param name="Evidence">The first 100 mentions, oldest documents first; <see cref="MentionCount"/> counts them all.</param>
public sealed record EntityProfile(
    string Id,
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> MergeReasons,
    Review? Review,
    int MentionCount,
    int DocumentCount,
    int RoleCount,
    int RelationCount,
    IReadOnlyList<Relation> Roles,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<Mentioning> Documents,
    IReadOnlyList<Evidence> Evidence);

public static class EntitiesApi
{
    /// <summary>How many roles, relations and documents a profile lists; an agency in thousands of documents keeps its answer small.</summary>
    private const int ProfileListSize = 200;

    public static IEndpointRouteBuilder MapEntities(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/entities").WithTags("Entities");
        group.MapGet("/", Search).WithName("SearchEntities").WithSummary("Find people, agencies, companies, organisations and products by name or alias")
            .WithDescription("q matches names and aliases (acronyms, short forms, email addresses); the last word may be a prefix. Exact names come first. "
                + "Filter with kind (Person, Agency, Company, Organization, Product); page with limit (1-200) and offset. Example: /api/entities?q=ICE&kind=Agency");
        group.MapGet("/{id}", Get).WithName("GetEntity").WithSummary("One entity with aliases, roles, the documents that name it, and counts")
            .WithDescription("Example: /api/entities/agency:us-immigration-and-customs-enforcement");
        group.MapGet("/{id}/neighbourhood", Neighbourhood).WithName("GetNeighbourhood").WithSummary("The entities and events around an entity, as nodes and edges")
            .WithDescription("depth 1 to 3 hops (1 by default); at most maxNodes nodes (1-2000, 200 by default), nearest first; truncated says when more were left out. "
                + "Edges are relations (works-for, part-of, offers, follows-up) and participated-in links from entities to events.")
            .RequireRateLimiting(Access.Expensive);
        return app;
    }

    /// <param name="store">The graph.</param>
    /// <param name="q">A name or alias, e.g. "ICE" or "Amazon Web".</param>
    /// <param name="kind">Person, Agency, Company, Organization or Product.</param>
    /// <param name="limit">1 to 200; 20 by default.</param>
    /// <param name="offset">Entities to skip.</param>
    /// <param name="cancellationToken">Request abort.</param>
    private static async Task<Ok<Page<EntitySummary>>> Search(IGraphStore store, string? q, string? kind, int? limit, int? offset, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q)) throw ApiProblemException.BadParameter("q", "q is required: a name or alias to search for.");
        var (l, o) = Parameters.Paging(limit, offset, 20);
        return TypedResults.Ok(await store.SearchEntitiesAsync(new EntitySearch(q, Parameters.Enum<EntityKind>("kind", kind), l, o), cancellationToken));
    }

    /// <param name="store">The graph.</param>
    /// <param name="id">An entity id, e.g. company:amazon-web-services.</param>
    /// <param name="review">not-rejected (default), confirmed (what may be published) or all (rejected too).</param>
    /// <param name="cancellationToken">Request abort.</param>
    private static async Task<Ok<EntityProfile>> Get(IGraphStore store, string id, string? review, CancellationToken cancellationToken)
    {
        var entity = await store.GetEntityAsync(id, cancellationToken) ?? throw ApiProblemException.NotFound("Entity", id);
        var relations = await store.GetRelationsAsync(id, review: Parameters.Review(review), cancellationToken: cancellationToken);
        var byDocument = entity.Evidence.GroupBy(e => e.DocumentId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var documents = await store.ListDocumentsAsync(new DocumentQuery(Ids: byDocument.Keys.ToList(), Limit: ProfileListSize), cancellationToken);
        var roles = relations.Where(r => r.Kind == RelationKind.WorksFor).ToList();
        var others = relations.Where(r => r.Kind != RelationKind.WorksFor).ToList();
        return TypedResults.Ok(new EntityProfile(
            entity.Id, entity.Kind, entity.Name, entity.Aliases, entity.MergeReasons, entity.Review,
            entity.Evidence.Count, byDocument.Count, roles.Count, others.Count,
            roles.Take(ProfileListSize).ToList(),
            others.Take(ProfileListSize).ToList(),
            documents.Items.Select(d => new Mentioning(d, byDocument[d.Id])).ToList(),
            entity.Evidence.Take(100).ToList()));
    }

    /// <param name="store">The graph.</param>
    /// <param name="id">An entity or event id.</param>
    /// <param name="depth">Hops, 1 to 3.</param>
    /// <param name="maxNodes">1 to 2000; 200 by default.</param>
    /// <param name="review">not-rejected (default), confirmed (what may be published) or all (rejected too).</param>
    /// <param name="cancellationToken">Request abort.</param>
    private static async Task<Ok<Subgraph>> Neighbourhood(IGraphStore store, string id, int? depth, int? maxNodes, string? review, CancellationToken cancellationToken)
    {
        var hops = Parameters.Range("depth", depth, 1, 1, 3);
        var size = Parameters.Range("maxNodes", maxNodes, 200, 1, 2000);
        if ((await store.GetEntityNamesAsync([id], cancellationToken)).Count == 0 && await store.GetEventAsync(id, cancellationToken) is null)
        {
            throw ApiProblemException.NotFound("Entity", id);
        }
        return TypedResults.Ok(await store.GetNeighbourhoodAsync(id, hops, size, Parameters.Review(review), cancellationToken));
    }
}
