using InfluenceGraph.Core;

namespace InfluenceGraph.Extraction.Readers;

/// <summary>Picks the reader for a file by its extension.</summary>
/// <param name="fallbackDate">The date of documents that carry none (a bare text file), e.g. from <c>extract --date</c>.</param>
public sealed class DocumentReader(DateTimeOffset? fallbackDate = null) : IDocumentReader
{
    public static readonly IReadOnlyList<string> Extensions = [".txt", ".md", ".markdown", ".html", ".htm", ".eml", ".mbox"];

    public bool CanRead(string path) => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    public IReadOnlyList<SourceDocument> Read(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" or ".md" or ".markdown" => [ArticleReader.Read(path, fallbackDate)],
        ".html" or ".htm" => [HtmlReader.Read(path, fallbackDate)],
        ".eml" => EmailReader.ReadEml(path),
        ".mbox" => EmailReader.ReadMbox(path),
        var other => throw new UnreadableDocumentException(path, $"'{other}' files are not supported; use {string.Join(", ", Extensions)}"),
    };
}
