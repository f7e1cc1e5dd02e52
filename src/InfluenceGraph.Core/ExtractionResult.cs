namespace InfluenceGraph.Core;

/// <summary>What one document yielded: it is stored whole or not at all.</summary>
public sealed record ExtractionResult(
    SourceDocument Document,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Event> Events,
    IReadOnlyList<Relation> Relations)
{
    /// <summary>
    /// The same result with entities an editor merged away replaced by the entity that absorbed
    /// them, so a document ingested after a merge does not bring the duplicate back.
    /// </summary>
    public ExtractionResult RedirectMergedEntities(IReadOnlyDictionary<string, string> mergedInto)
    {
        ArgumentNullException.ThrowIfNull(mergedInto);
        if (mergedInto.Count == 0) return this;
        string To(string id) => mergedInto.TryGetValue(id, out var survivor) ? survivor : id;
        return this with
        {
            Entities = Entities.Select(e => e with { Id = To(e.Id) }).ToList(),
            Events = Events.Select(e => e with { Participants = e.Participants.Select(p => p with { EntityId = To(p.EntityId) }).Distinct().ToList() }).ToList(),
            Relations = Relations.Select(r => r with { SourceId = To(r.SourceId), TargetId = To(r.TargetId) }).ToList(),
        };
    }

    /// <summary>Every entity id the result names, as an entity or an end of an event or relation.</summary>
    public IEnumerable<string> EntityIds() =>
        Entities.Select(e => e.Id)
            .Concat(Events.SelectMany(e => e.Participants.Select(p => p.EntityId)))
            .Concat(Relations.SelectMany(r => new[] { r.SourceId, r.TargetId }).Where(id => Ids.KindOf(id) == NodeKind.Entity))
            .Distinct(StringComparer.Ordinal);
}
