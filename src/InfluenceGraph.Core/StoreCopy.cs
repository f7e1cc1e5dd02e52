namespace InfluenceGraph.Core;

/// <summary>What a copy from one store to another did.</summary>
public sealed record CopySummary(int DocumentsCopied, int DocumentsAlreadyThere, int ReviewsCopied);

/// <summary>
/// Copies one store into another, document by document, through the store contract alone: each
/// document goes over with its entities, events and relations as the source knows them now
/// (canonical names, corrections and merges included), then the latest review of every reviewed
/// fact. Running it again copies only what is new, so a reporter can move from a laptop to a
/// server and keep syncing.
/// </summary>
public static class StoreCopy
{
    private const int PageSize = 200;

    public static async Task<CopySummary> CopyAsync(IGraphStore source, IGraphStore target, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        int copied = 0, there = 0;
        for (var offset = 0; ; offset += PageSize)
        {
            var page = await source.ListDocumentsAsync(new DocumentQuery(Limit: PageSize, Offset: offset), cancellationToken);
            foreach (var summary in page.Items)
            {
                var document = await source.GetDocumentAsync(summary.Id, cancellationToken);
                if (document is null) continue;
                var result = await ResultOfAsync(source, document, cancellationToken);
                if (await target.StoreAsync(result, cancellationToken) == StoreOutcome.Stored) copied++;
                else there++;
                progress?.Report(copied + there);
            }
            if (offset + PageSize >= page.Total) break;
        }
        return new CopySummary(copied, there, await CopyReviewsAsync(source, target, cancellationToken));
    }

    /// <summary>One document and every fact it is evidence for, each carrying only this document's evidence.</summary>
    private static async Task<ExtractionResult> ResultOfAsync(IGraphStore source, SourceDocument document, CancellationToken cancellationToken)
    {
        var facts = await source.GetDocumentFactsAsync(document.Id, cancellationToken);
        List<Evidence> Here(IEnumerable<Evidence> evidence) => evidence.Where(e => e.DocumentId == document.Id).ToList();
        var events = new List<Event>();
        var relations = new List<Relation>();
        var entityIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var factId in facts.Select(f => f.FactId).Distinct(StringComparer.Ordinal))
        {
            switch (Ids.KindOf(factId))
            {
                case NodeKind.Entity:
                    entityIds.Add(factId);
                    break;
                case NodeKind.Event when await source.GetEventAsync(factId, cancellationToken) is { } e:
                    events.Add(e with { Evidence = Here(e.Evidence) });
                    entityIds.UnionWith(e.Participants.Select(p => p.EntityId));
                    break;
                default:
                    if (await RelationAsync(source, factId, cancellationToken) is { } r)
                    {
                        relations.Add(r with { Evidence = Here(r.Evidence) });
                        foreach (var end in new[] { r.SourceId, r.TargetId }.Where(id => Ids.KindOf(id) == NodeKind.Entity)) entityIds.Add(end);
                    }
                    break;
            }
        }
        // Entities an event or relation here names come along even without a mention here, so
        // the target can link them.
        var entities = new List<Entity>();
        foreach (var id in entityIds.Order(StringComparer.Ordinal))
        {
            if (await source.GetEntityAsync(id, cancellationToken) is { } entity) entities.Add(entity with { Evidence = Here(entity.Evidence) });
        }
        return new ExtractionResult(document, entities, events, relations);
    }

    /// <summary>A relation by its id (kind:source..target), found among its source's relations.</summary>
    private static async Task<Relation?> RelationAsync(IGraphStore source, string relationId, CancellationToken cancellationToken)
    {
        var ends = relationId[(relationId.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var split = ends.IndexOf("..", StringComparison.Ordinal);
        if (split < 0) return null;
        var relations = await source.GetRelationsAsync(ends[..split], review: ReviewFilter.All, cancellationToken: cancellationToken);
        return relations.FirstOrDefault(r => r.Id == relationId);
    }

    /// <summary>The newest decision on each fact, unless the target already holds that same decision.</summary>
    private static async Task<int> CopyReviewsAsync(IGraphStore source, IGraphStore target, CancellationToken cancellationToken)
    {
        var latest = new Dictionary<string, AuditEntry>(StringComparer.Ordinal);
        for (var offset = 0; ; offset += PageSize)
        {
            var page = await source.GetAuditLogAsync(new AuditQuery(Limit: PageSize, Offset: offset), cancellationToken);
            foreach (var entry in page.Items.Where(e => e.Action == "review")) latest.TryAdd(entry.FactId, entry);
            if (offset + PageSize >= page.Total) break;
        }
        var copied = 0;
        foreach (var (factId, entry) in latest)
        {
            var decision = System.Text.Json.JsonSerializer.Deserialize<Review>(entry.After ?? "null", AuditEntry.Json);
            if (decision is null) continue;
            var current = await CurrentReviewAsync(target, factId, cancellationToken);
            if (current is not null && current.Status == decision.Status && current.Reviewer == decision.Reviewer && current.Note == decision.Note) continue;
            if (await target.ReviewAsync(new ReviewDecision(factId, decision.Status, decision.Reviewer ?? entry.Actor, decision.Note), cancellationToken) is not null) copied++;
        }
        return copied;
    }

    private static async Task<Review?> CurrentReviewAsync(IGraphStore store, string factId, CancellationToken cancellationToken) => Ids.KindOf(factId) switch
    {
        NodeKind.Event => (await store.GetEventAsync(factId, cancellationToken))?.Review,
        NodeKind.Entity => (await store.GetEntityAsync(factId, cancellationToken))?.Review,
        _ => (await RelationAsync(store, factId, cancellationToken))?.Review,
    };
}
