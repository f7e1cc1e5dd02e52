using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace InfluenceGraph.Core;

/// <summary>
/// Stable, readable ids. The same name always gives the same id, so re-ingesting a document lands on
/// the nodes it made before, and ids read well in URLs (<c>agency:us-immigration-and-customs-enforcement</c>).
/// </summary>
public static class Ids
{
    private const int MaxSlugLength = 80;

    public static string ForEntity(EntityKind kind, string name) => $"{Prefix(kind)}:{Bounded(Slug(name))}";

    /// <summary>An event is identified by what it is, when, and who took part, so two documents describing one meeting meet in one node.</summary>
    public static string ForEvent(EventKind kind, EventDate? date, IEnumerable<string> participantIds)
    {
        var who = string.Join('-', participantIds.Select(p => p[(p.IndexOf(':', StringComparison.Ordinal) + 1)..]).Distinct().Order(StringComparer.Ordinal));
        var when = date?.ToIso().Replace('/', '-') ?? "undated";
        return $"{Prefix(kind)}:{Bounded($"{when}-{who}".TrimEnd('-'))}";
    }

    public static string ForRelation(RelationKind kind, string sourceId, string targetId) => $"{Prefix(kind)}:{sourceId}..{targetId}";

    public static string ForArticle(string title, string contentHash) =>
        $"article:{Bounded(Slug(title), 60)}-{contentHash[..8]}".Replace(":-", ":", StringComparison.Ordinal);

    /// <summary>Emails are named by their Message-ID, so a reply can point at its parent before the parent is ingested.</summary>
    public static string ForEmail(string? messageId, string contentHash) =>
        string.IsNullOrWhiteSpace(messageId) ? $"email:{contentHash[..16]}" : $"email:{Bounded(Slug(messageId))}";

    public static string Prefix(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Agency => "agency",
        EntityKind.Company => "company",
        EntityKind.Organization => "organization",
        EntityKind.Product => "product",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Prefix(EventKind kind) => kind switch
    {
        EventKind.Meeting => "meeting",
        EventKind.Call => "call",
        EventKind.MeetingRequest => "meeting-request",
        EventKind.FollowUp => "follow-up",
        EventKind.Publication => "publication",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Prefix(RelationKind kind) => kind switch
    {
        RelationKind.WorksFor => "works-for",
        RelationKind.PartOf => "part-of",
        RelationKind.Offers => "offers",
        RelationKind.FollowsUp => "follows-up",
        RelationKind.RepliesTo => "replies-to",
        RelationKind.Forwards => "forwards",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>What kind of node an id names, from its prefix.</summary>
    public static NodeKind KindOf(string id)
    {
        var prefix = id.AsSpan(0, Math.Max(0, id.IndexOf(':', StringComparison.Ordinal)));
        return prefix switch
        {
            "person" or "agency" or "company" or "organization" or "product" => NodeKind.Entity,
            "meeting" or "call" or "meeting-request" or "follow-up" or "publication" => NodeKind.Event,
            "article" or "email" => NodeKind.Document,
            "works-for" or "part-of" or "offers" or "follows-up" or "replies-to" or "forwards" => NodeKind.Relation,
            _ => NodeKind.Unknown,
        };
    }

    /// <summary>Lower-case ASCII words joined by single hyphens; accents dropped, "U.S." becomes "us".</summary>
    public static string Slug(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        var wordLength = 0;
        foreach (var c in decomposed)
        {
            // A dot after a single letter is an initialism ("U.S." is "us"); any other dot separates ("mail.example.com").
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’') continue;
            if (c == '.' && wordLength == 1)
            {
                wordLength = 0;
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && sb.Length > 0) sb.Append('-');
                wordLength = pendingHyphen ? 0 : wordLength;
                pendingHyphen = false;
                sb.Append(char.ToLowerInvariant(c));
                wordLength++;
            }
            else if (c == '&')
            {
                if (sb.Length > 0) sb.Append('-');
                sb.Append("and");
                pendingHyphen = true;
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return sb.Length == 0 ? "unnamed" : sb.ToString();
    }

    /// <summary>SHA-256 of bytes as lower-case hex: the document's identity for idempotent ingest.</summary>
    public static string ContentHash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string Bounded(string slug, int max = MaxSlugLength)
    {
        if (slug.Length <= max) return slug;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(slug)))[..8];
        return $"{slug[..(max - 9)].TrimEnd('-')}-{hash}";
    }
}

public enum NodeKind
{
    Unknown,
    Entity,
    Event,
    Document,
    Relation,
}
