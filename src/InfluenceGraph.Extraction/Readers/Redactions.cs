using System.Text.RegularExpressions;
using InfluenceGraph.Core;

namespace InfluenceGraph.Extraction.Readers;

/// <summary>
/// FOIA redaction markers (the exemptions of 5 U.S.C. 552(b), or a plain [REDACTED]) and the
/// release metadata printed on released pages.
/// </summary>
public static partial class Redactions
{
    [GeneratedRegex(@"(?:\(b\)\s*\(\d\)(?:\s*\([A-F]\))?(?:\s*[,;&/]\s*|\s+and\s+)?)+|\[(?:REDACTED|redacted|Redacted|WITHHELD|withheld)\]|\bREDACTED\b|█+")]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"\bFOIA\s+(?:Request\s+)?(?:No\.?|Number|#|Case)?\s*:?\s*(?<n>\d{4}-[A-Z]{2,}-?[A-Z0-9-]*\d)", RegexOptions.IgnoreCase)]
    private static partial Regex RequestPattern();

    [GeneratedRegex(@"\bBates(?:\s+(?:No\.?|Number|#))?\s*:?\s*(?<n>[A-Z][A-Z0-9]*-[A-Z0-9-]*\d)", RegexOptions.IgnoreCase)]
    private static partial Regex BatesPattern();

    [GeneratedRegex(@"\bReleased\s+by(?:\s+the)?\s+(?<a>[A-Z][A-Za-z.&' ]+?)(?:\s*[\n—–|,;]|\s+-\s|\s+under\b|\s+on\b|$)", RegexOptions.Multiline)]
    private static partial Regex ReleasedByPattern();

    /// <summary>True when a name or address is (or holds) a redaction marker: it must never become an entity.</summary>
    public static bool IsRedacted(string text) => MarkerPattern().IsMatch(text);

    public static IReadOnlyList<Redaction> Find(string text) => MarkerPattern().Matches(text).Select(m =>
    {
        // The pattern joins runs of exemptions ("(b)(6), (b)(7)(C)"); the separator after the last one is not part of the redaction.
        var marker = m.Value.TrimEnd().TrimEnd(',', ';', '&', '/').TrimEnd();
        if (marker.EndsWith(" and", StringComparison.Ordinal)) marker = marker[..^4].TrimEnd();
        return new Redaction(m.Index, marker.Length, marker);
    }).ToList();

    /// <summary>Request number, releasing agency and Bates numbers, where a released page prints them.</summary>
    public static void AddReleaseMetadata(string text, IDictionary<string, string> metadata)
    {
        if (RequestPattern().Match(text) is { Success: true } request) metadata["foia-request"] = request.Groups["n"].Value;
        if (ReleasedByPattern().Match(text) is { Success: true } releasedBy) metadata["releasing-agency"] = releasedBy.Groups["a"].Value.Trim();
        var bates = BatesPattern().Matches(text).Select(m => m.Groups["n"].Value).Distinct().ToList();
        if (bates.Count > 0) metadata["bates"] = string.Join(", ", bates);
    }
}
