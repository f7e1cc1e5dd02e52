namespace InfluenceGraph.Core;

/// <summary>An editor's decision on a fact: what was decided, by whom, when and why.</summary>
/// <param name="Reviewer">The name of the key that decided; null while unreviewed.</param>
public sealed record Review(ReviewStatus Status, string? Reviewer = null, DateTimeOffset? At = null, string? Note = null)
{
    public static Review None { get; } = new(ReviewStatus.Unreviewed);
}

/// <summary>Which facts a query answers with, by their review.</summary>
public enum ReviewFilter
{
    /// <summary>Everything except what an editor rejected: the default.</summary>
    NotRejected,

    /// <summary>Only facts an editor confirmed: what may be published.</summary>
    Confirmed,

    /// <summary>Everything, rejected facts included.</summary>
    All,
}

/// <summary>An editor's decision on one event, relation or entity.</summary>
public sealed record ReviewDecision(string FactId, ReviewStatus Status, string Reviewer, string? Note);

/// <summary>One change an editor made, with the state before and after as JSON.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string Action, string FactId, string? Before, string? After, string? Note)
{
    /// <summary>How every store writes <see cref="Before"/> and <see cref="After"/>, and how <see cref="StoreCopy"/> reads them back.</summary>
    public static System.Text.Json.JsonSerializerOptions Json { get; } = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}

public sealed record AuditQuery(string? FactId = null, int Limit = 50, int Offset = 0);

/// <summary>An editor's correction of an entity: its name, its kind, or both.</summary>
public sealed record EntityCorrection(string EntityId, string? Name, EntityKind? Kind, string Editor, string? Note);

/// <summary>Two entities an editor found to be one; <paramref name="DuplicateId"/> is folded into <paramref name="SurvivorId"/>.</summary>
public sealed record EntityMerge(string SurvivorId, string DuplicateId, string Editor, string? Note);

/// <summary>Undoing an editor's merge: <paramref name="MergedId"/> comes back out of <paramref name="SurvivorId"/>.</summary>
public sealed record EntitySplit(string SurvivorId, string MergedId, string Editor, string? Note);

/// <summary>Why a review or correction could not be made, in words for the editor.</summary>
public sealed class ReviewConflictException(string message) : Exception(message);
