namespace InfluenceGraph.Core;

/// <summary>
/// One article or one email as read from a file: its text, its own date (against which relative
/// dates are resolved), and what the file says about it.
/// </summary>
/// <param name="Id">Stable readable id: <c>article:…</c> or <c>email:…</c>.</param>
/// <param name="ContentHash">SHA-256 of the document's bytes, hex; the same document is never stored twice.</param>
/// <param name="Origin">Where it was read from: a path, with <c>#n</c> for the n-th message of a mailbox.</param>
/// <param name="Date">Published date of an article, Date header of an email; null when unknown.</param>
/// <param name="Metadata">Header fields as read: author, source, URL, from, to, message-id, FOIA request number...</param>
/// <param name="Redactions">Redaction markers found in the text, with the exemption they cite.</param>
public sealed record SourceDocument(
    string Id,
    DocumentKind Kind,
    string ContentHash,
    string Origin,
    string Title,
    DateTimeOffset? Date,
    string Text,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<Redaction> Redactions)
{
    public const string MessageIdKey = "message-id";
    public const string InReplyToKey = "in-reply-to";
    public const string ReferencesKey = "references";
    public const string ThreadKey = "thread";
}

/// <summary>A redacted stretch of a released document, e.g. <c>(b)(6)</c> at offset 120.</summary>
public sealed record Redaction(int Start, int Length, string Marker);
