using System.Globalization;
using System.Text.RegularExpressions;
using InfluenceGraph.Core;

namespace InfluenceGraph.Extraction.Readers;

/// <summary>
/// Plain-text and Markdown articles, with an optional header block (<c>Title:</c>,
/// <c>Published:</c>, <c>Source:</c>, <c>Author:</c>, <c>URL:</c>) ended by a blank line.
/// </summary>
public static partial class ArticleReader
{
    private static readonly string[] HeaderFields = ["title", "published", "date", "source", "author", "url", "byline"];

    [GeneratedRegex(@"^(?<key>[A-Za-z][A-Za-z -]{1,20}):[ \t]*(?<value>.*)$")]
    private static partial Regex HeaderLine();

    public static SourceDocument Read(string path, DateTimeOffset? fallbackDate = null)
    {
        var bytes = FileBytes.ReadDocument(path);
        var raw = FileBytes.NormaliseNewlines(FileBytes.DecodeText(path, bytes));
        if (string.IsNullOrWhiteSpace(raw)) throw new UnreadableDocumentException(path, "the file holds only white space");
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        var body = ReadHeaderBlock(raw, metadata);
        var header = raw[..^body.Length];
        if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) body = Markdown.ToPlainText(body);

        var title = metadata.GetValueOrDefault("title") ?? FirstLine(body) ?? Path.GetFileNameWithoutExtension(path);
        var date = ParseDate(metadata.GetValueOrDefault("published") ?? metadata.GetValueOrDefault("date")) ?? fallbackDate;
        // The header lines stay in the text, as an email's do, so the byline and date have spans to point at.
        var text = header + body.Trim('\n') + "\n";
        Redactions.AddReleaseMetadata(text, metadata);
        var hash = Ids.ContentHash(bytes);
        return new SourceDocument(Ids.ForArticle(title, hash), DocumentKind.Article, hash, path, title, date, text, metadata, Redactions.Find(text));
    }

    /// <summary>Takes the header block off the top of the text, if there is one, and returns the rest.</summary>
    private static string ReadHeaderBlock(string raw, Dictionary<string, string> metadata)
    {
        var position = 0;
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        while (position < raw.Length)
        {
            var end = raw.IndexOf('\n', position);
            if (end < 0) end = raw.Length;
            var line = raw[position..end].TrimEnd();
            if (line.Length == 0) break;
            var match = HeaderLine().Match(line);
            var key = match.Success ? match.Groups["key"].Value.Trim().ToLowerInvariant() : null;
            if (key is null || !HeaderFields.Contains(key)) return raw;
            found[key] = match.Groups["value"].Value.Trim();
            position = end + 1;
        }
        if (found.Count == 0) return raw;
        foreach (var (key, value) in found) metadata[key] = value;
        return position < raw.Length ? raw[(position + 1)..] : "";
    }

    private static string? FirstLine(string body)
    {
        var line = body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return line is null ? null : line.Length > 120 ? line[..120] : line;
    }

    internal static DateTimeOffset? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)) return value;
        // "Oct. 23, 2018", "23 October 2018 10:00 EDT": drop what the invariant parser will not take.
        var cleaned = Regex.Replace(text, @"\b([A-Z][a-z]{2,3})\.", "$1");
        cleaned = Regex.Replace(cleaned, @"\s+\(?[A-Z]{2,4}\)?$", "");
        cleaned = Regex.Replace(cleaned, @"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+", "");
        cleaned = cleaned.Replace("Sept ", "Sep ", StringComparison.Ordinal);
        return DateTimeOffset.TryParse(cleaned, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value) ? value : null;
    }
}
