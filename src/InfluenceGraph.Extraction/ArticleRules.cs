using System.Text.RegularExpressions;
using InfluenceGraph.Core;
using InfluenceGraph.Extraction.Lexicons;

namespace InfluenceGraph.Extraction;

/// <summary>The people and newsroom named on an article's header lines: who wrote it and who published it.</summary>
internal static partial class ArticleRules
{
    [GeneratedRegex(@"^(?:Title|Published|Date|Source|Author|Byline|URL): ")]
    private static partial Regex FirstHeaderLine();

    /// <summary>Where the body starts after a header block of Title:/Published:/Author:/... lines; 0 when there is none.</summary>
    public static int HeaderEnd(string text) =>
        FirstHeaderLine().IsMatch(text) && text.IndexOf("\n\n", StringComparison.Ordinal) is var end and > 0 ? end + 2 : 0;

    /// <summary>The value of one header line, as (start, length) in the text.</summary>
    public static (int Start, int Length)? HeaderLine(string text, string field)
    {
        var end = HeaderEnd(text);
        var prefix = field + ": ";
        for (var position = 0; position < end;)
        {
            var lineEnd = text.IndexOf('\n', position);
            if (text.AsSpan(position).StartsWith(prefix, StringComparison.Ordinal))
            {
                return (position + prefix.Length, lineEnd - position - prefix.Length);
            }
            position = lineEnd + 1;
        }
        return null;
    }

    public static void Apply(FactCollector facts, Lexicon lexicon)
    {
        var text = facts.Document.Text;
        EntityDraft? publisher = null;
        if (HeaderLine(text, "Source") is var (sourceStart, sourceLength) && sourceLength > 0)
        {
            var source = text.Substring(sourceStart, sourceLength).Trim();
            var known = lexicon.Find(source) ?? lexicon.Entries.FirstOrDefault(e => e.Kind != EntityKind.Product && e.AllNames.Contains(source, StringComparer.OrdinalIgnoreCase));
            publisher = facts.AddEntity(known?.Kind ?? EntityKind.Organization, known?.Name ?? source, sourceStart, sourceLength, "article-source", 0.9);
        }
        foreach (var field in new[] { "Author", "Byline" })
        {
            if (HeaderLine(text, field) is not var (start, length)) continue;
            var line = text.Substring(start, length);
            var offset = line.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? 3 : 0;
            foreach (Match name in NamePattern().Matches(line, offset))
            {
                if (name.Value.Split(' ').Length < 2) continue;
                var author = facts.AddEntity(EntityKind.Person, name.Value, start + name.Index, name.Length, "article-author", 0.9);
                if (publisher is not null && publisher.Kind != EntityKind.Person)
                {
                    facts.AddRelation(RelationKind.WorksFor, author.Id, publisher.Id, facts.Evidence(start + name.Index, name.Length, "article-author", 0.7), "reporter");
                }
            }
        }
    }

    [GeneratedRegex(@"\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}")]
    private static partial Regex NamePattern();
}
