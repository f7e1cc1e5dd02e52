namespace InfluenceGraph.Core;

/// <summary>A directed link between two nodes (entities, events or documents) with its evidence.</summary>
/// <param name="Title">For works-for: the job title, as written.</param>
/// <param name="IsFormer">For works-for: the person no longer holds the post.</param>
public sealed record Relation(
    string Id,
    RelationKind Kind,
    string SourceId,
    string TargetId,
    IReadOnlyList<Evidence> Evidence,
    string? Title = null,
    bool IsFormer = false,
    Review? Review = null);
