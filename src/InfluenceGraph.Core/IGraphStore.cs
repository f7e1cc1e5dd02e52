namespace InfluenceGraph.Core;

/// <summary>
/// The graph as the product asks of it. Each store answers natively (SQL, Cypher); nothing here
/// is a generic repository.
/// </summary>
public interface IGraphStore
{
    /// <summary>
    /// Stores one document and everything extracted from it in one transaction. A document whose
    /// content hash or id is already stored changes nothing. Review decisions already made on
    /// entities, events and relations are kept.
    /// </summary>
    Task<StoreOutcome> StoreAsync(ExtractionResult result, CancellationToken cancellationToken = default);

    /// <summary>True when a document with these bytes is stored, so ingest can skip extraction.</summary>
    Task<bool> ContainsDocumentAsync(string contentHash, CancellationToken cancellationToken = default);

    Task<SourceDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>An entity with its aliases, every piece of evidence and why mentions were merged into it.</summary>
    Task<Entity?> GetEntityAsync(string entityId, CancellationToken cancellationToken = default);

    /// <summary>Entities whose name or alias matches a name exactly, for resolving mentions across documents.</summary>
    Task<IReadOnlyList<EntitySummary>> FindEntitiesByNameAsync(EntityKind kind, string name, CancellationToken cancellationToken = default);

    /// <summary>Full-text search over names and aliases, best matches first.</summary>
    Task<Page<EntitySummary>> SearchEntitiesAsync(EntitySearch search, CancellationToken cancellationToken = default);

    /// <summary>Entities and events within <paramref name="depth"/> hops of a node, and the edges between them.</summary>
    Task<Subgraph> GetNeighbourhoodAsync(string nodeId, int depth, int maxNodes, ReviewFilter review = ReviewFilter.NotRejected, CancellationToken cancellationToken = default);

    /// <summary>Events in date order, optionally in a window, of a kind or status, or involving one entity.</summary>
    Task<Page<Event>> GetEventsAsync(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>Every piece of evidence for one entity, event or relation.</summary>
    Task<IReadOnlyList<Evidence>> GetEvidenceAsync(string factId, CancellationToken cancellationToken = default);

    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default);

    /// <summary>Documents, newest first, optionally of one kind or from a list of ids.</summary>
    Task<Page<DocumentSummary>> ListDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken = default);

    /// <summary>Full-text search over documents' text, best first, with a highlighted snippet.</summary>
    Task<Page<DocumentHit>> SearchDocumentsAsync(string text, int limit, int offset, CancellationToken cancellationToken = default);

    /// <summary>Every entity, event and relation a document gave evidence for, in text order.</summary>
    Task<IReadOnlyList<DocumentFact>> GetDocumentFactsAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>The emails of the thread a document belongs to, oldest first (empty for an article).</summary>
    Task<IReadOnlyList<DocumentSummary>> GetThreadAsync(string documentId, CancellationToken cancellationToken = default);

    Task<Event?> GetEventAsync(string eventId, CancellationToken cancellationToken = default);

    /// <summary>Every relation from or to a node, or only those of one kind.</summary>
    Task<IReadOnlyList<Relation>> GetRelationsAsync(string nodeId, RelationKind? kind = null, ReviewFilter review = ReviewFilter.NotRejected, CancellationToken cancellationToken = default);

    /// <summary>
    /// Meetings between a company and an agency (a sub-unit counts as its agency), oldest first:
    /// held, proposed or cancelled, optionally for one vendor and one agency.
    /// </summary>
    Task<Page<Event>> GetVendorMeetingsAsync(MeetingQuery query, CancellationToken cancellationToken = default);

    /// <summary>The names and kinds of many entities at once: cheap, however often they are mentioned.</summary>
    Task<IReadOnlyList<EntityName>> GetEntityNamesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default);

    /// <summary>Names and counts of many entities at once, without their evidence.</summary>
    Task<IReadOnlyList<EntitySummary>> GetEntitySummariesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default);

    /// <summary>The whole graph of entities and events, up to a size.</summary>
    Task<Subgraph> GetGraphAsync(int maxNodes, ReviewFilter review = ReviewFilter.NotRejected, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records an editor's decision on an event, relation or entity and writes it to the audit log,
    /// both or neither. Null when no fact has that id.
    /// </summary>
    Task<Review?> ReviewAsync(ReviewDecision decision, CancellationToken cancellationToken = default);

    /// <summary>Every change editors made, newest first, optionally for one fact.</summary>
    Task<Page<AuditEntry>> GetAuditLogAsync(AuditQuery query, CancellationToken cancellationToken = default);

    /// <summary>Renames or retypes an entity; its id, evidence and history stay. Null when no entity has that id.</summary>
    Task<Entity?> CorrectEntityAsync(EntityCorrection correction, CancellationToken cancellationToken = default);

    /// <summary>
    /// Folds one entity into another: names, evidence, events and relations move to the survivor, and
    /// documents ingested later that name the duplicate land on the survivor too.
    /// </summary>
    /// <exception cref="ReviewConflictException">An id is unknown, the two are one, or the duplicate was already merged.</exception>
    Task<Entity> MergeEntitiesAsync(EntityMerge merge, CancellationToken cancellationToken = default);

    /// <summary>Undoes a merge: what the merged entity brought moves back to it.</summary>
    /// <exception cref="ReviewConflictException">No such merge into that survivor.</exception>
    Task<Entity> SplitEntityAsync(EntitySplit split, CancellationToken cancellationToken = default);
}

public enum StoreOutcome
{
    Stored,
    AlreadyStored,
}
