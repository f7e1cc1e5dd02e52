namespace InfluenceGraph.Core;

/// <summary>
/// Where a fact comes from: a span of one document's text, the words found there, the rule that
/// read them and how sure that rule is.
/// </summary>
/// <param name="DocumentId">The document the span belongs to.</param>
/// <param name="Start">Offset of the first character of the span in the document's text.</param>
/// <param name="Length">Length of the span in characters.</param>
/// <param name="Quote">The sentence or clause the fact was read from.</param>
/// <param name="Rule">Name of the extraction rule that produced the fact.</param>
/// <param name="Confidence">0 to 1.</param>
public sealed record Evidence(string DocumentId, int Start, int Length, string Quote, string Rule, double Confidence)
{
    public int End => Start + Length;
}
