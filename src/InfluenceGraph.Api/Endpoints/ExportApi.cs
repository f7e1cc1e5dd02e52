using InfluenceGraph.Api.Exports;
using InfluenceGraph.Core;

namespace InfluenceGraph.Api.Endpoints;

public static class ExportApi
{
    /// <summary>The largest graph one export writes; a neighbourhood export is the way to a part of a larger one.</summary>
    public const int MaxExportNodes = 50_000;

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/export/{format}", Export).WithTags("Exports").WithName("ExportGraph")
            .WithSummary("The graph, or an entity's neighbourhood, for visualisation and investigation tools")
            .WithDescription("format: cytoscape (Cytoscape.js elements JSON), node-link (D3/networkx JSON), graphml, gexf (Gephi), ftm "
                + "(FollowTheMoney entities as JSON lines, for Aleph and OpenSanctions tooling), csv-nodes, csv-edges (for a spreadsheet or OpenRefine). "
                + "With entity (id or name) and depth (1-3), only that neighbourhood; otherwise the whole graph up to 50,000 nodes. "
                + "Rejected facts are left out unless review=all; review=confirmed exports only what may be published. Example: /api/export/gexf?entity=ICE&depth=2")
            .Produces<string>(contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRateLimiting(Access.Expensive);
        return app;
    }

    /// <param name="store">The graph.</param>
    /// <param name="format">cytoscape, node-link, graphml, gexf, ftm, csv-nodes or csv-edges.</param>
    /// <param name="entity">Entity id or name: export its neighbourhood only.</param>
    /// <param name="depth">Hops around the entity, 1 to 3; 2 by default.</param>
    /// <param name="review">not-rejected (default), confirmed (what may be published) or all (rejected too).</param>
    /// <param name="cancellationToken">Request abort.</param>
    private static async Task<IResult> Export(IGraphStore store, string format, string? entity, int? depth, string? review, CancellationToken cancellationToken)
    {
        if (!GraphExport.Formats.TryGetValue(format, out var type))
        {
            throw ApiProblemException.BadParameter("format", $"format must be one of {string.Join(", ", GraphExport.Formats.Keys)}; '{format}' is not.");
        }
        Subgraph graph;
        string name;
        if (entity is not null)
        {
            var id = await Parameters.EntityAsync(store, "entity", entity, cancellationToken);
            graph = await store.GetNeighbourhoodAsync(id, Parameters.Range("depth", depth, 2, 1, 3), MaxExportNodes, Parameters.Review(review), cancellationToken);
            name = Ids.Slug(id);
        }
        else
        {
            graph = await store.GetGraphAsync(MaxExportNodes, Parameters.Review(review), cancellationToken);
            name = "influencegraph";
        }
        return Results.File(System.Text.Encoding.UTF8.GetBytes(GraphExport.Write(format, graph)), $"{type.ContentType}; charset=utf-8", $"{name}.{type.Extension}");
    }
}
