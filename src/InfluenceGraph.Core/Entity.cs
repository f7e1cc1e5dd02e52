namespace InfluenceGraph.Core;

/// <summary>A person, agency, company, organisation or product: one node however many documents name it.</summary>
/// <param name="Id">Stable readable id such as <c>agency:us-immigration-and-customs-enforcement</c>.</param>
/// <param name="Name">The canonical (fullest) name.</param>
/// <param name="Aliases">Other names the documents use: acronyms, short forms, email addresses.</param>
/// <param name="Evidence">Every mention of the entity.</param>
/// <param name="MergeReasons">Why mentions with different names were taken for this one entity.</param>
public sealed record Entity(
    string Id,
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<string> MergeReasons,
    Review? Review = null);
