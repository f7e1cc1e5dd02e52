namespace InfluenceGraph.Core;

/// <summary>One page of a longer list, with the total so a client can page on.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Limit, int Offset);

/// <param name="Text">Words of a name or alias; the last word may be a prefix.</param>
public sealed record EntitySearch(string Text, EntityKind? Kind = null, int Limit = 20, int Offset = 0);

/// <summary>An entity as a search hit or a list row: enough to choose it, not its evidence.</summary>
public sealed record EntitySummary(string Id, EntityKind Kind, string Name, IReadOnlyList<string> Aliases, int MentionCount, int DocumentCount);

public sealed record EntityName(string Id, EntityKind Kind, string Name);

/// <param name="From">Events ending on or after this day.</param>
/// <param name="To">Events starting on or before this day.</param>
/// <param name="EntityId">Only events this entity took part in.</param>
public sealed record EventQuery(
    DateOnly? From = null,
    DateOnly? To = null,
    string? EntityId = null,
    EventKind? Kind = null,
    EventStatus? Status = null,
    int Limit = 100,
    int Offset = 0,
    ReviewFilter Review = ReviewFilter.NotRejected);

/// <summary>A node of a fetched piece of the graph: an entity or an event.</summary>
/// <param name="Type">The entity or event kind, as its id prefix spells it (person, meeting...).</param>
/// <param name="Distance">Hops from the node the subgraph was fetched around.</param>
public sealed record GraphNode(string Id, NodeKind Kind, string Type, string Label, int Distance);

/// <summary>An edge of a fetched subgraph: a relation, or an entity taking part in an event.</summary>
/// <param name="Type">works-for, part-of, offers, follows-up, replies-to, or participated-in.</param>
/// <param name="Detail">The title for works-for, the role for participated-in.</param>
public sealed record GraphEdge(string Id, string Type, string SourceId, string TargetId, string? Detail);

public sealed record Subgraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, bool Truncated);

public sealed record GraphStats(
    int Documents,
    IReadOnlyDictionary<DocumentKind, int> DocumentsByKind,
    IReadOnlyDictionary<EntityKind, int> EntitiesByKind,
    IReadOnlyDictionary<EventKind, int> EventsByKind,
    IReadOnlyDictionary<RelationKind, int> RelationsByKind,
    int Participations,
    int EvidenceRecords);

public sealed record DocumentQuery(DocumentKind? Kind = null, IReadOnlyList<string>? Ids = null, int Limit = 50, int Offset = 0);

/// <summary>A document in a list: what it is, not its text.</summary>
public sealed record DocumentSummary(string Id, DocumentKind Kind, string Title, DateTimeOffset? Date, string Origin, string? From);

/// <param name="Snippet">The matching passage, the matched words between [ and ].</param>
public sealed record DocumentHit(DocumentSummary Document, string Snippet);

/// <param name="VendorId">A company id; null for any company.</param>
/// <param name="AgencyId">An agency id; its sub-units count as it. Null for any agency.</param>
public sealed record MeetingQuery(string? VendorId = null, string? AgencyId = null, DateOnly? From = null, DateOnly? To = null, int Limit = 50, int Offset = 0, ReviewFilter Review = ReviewFilter.NotRejected);

/// <summary>A fact found in a document, where, and by which rule: what a reader needs to highlight it.</summary>
public sealed record DocumentFact(string FactId, NodeKind Kind, string Label, Evidence Evidence);
