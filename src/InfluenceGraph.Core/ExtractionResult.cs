namespace InfluenceGraph.Core;

/// <summary>What one document yielded: it is stored whole or not at all.</summary>
public sealed record ExtractionResult(
    SourceDocument Document,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Event> Events,
    IReadOnlyList<Relation> Relations);
