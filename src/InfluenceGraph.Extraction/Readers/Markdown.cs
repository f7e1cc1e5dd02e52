using System.Text.RegularExpressions;

namespace InfluenceGraph.Extraction.Readers;

/// <summary>Just enough Markdown undone that names and dates read as prose: headings, emphasis, links, lists, quotes.</summary>
internal static partial class Markdown
{
    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"!?\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__)(?<t>.+?)\1")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\w*])[*_](?<t>[^*_\n]+?)[*_](?![\w*])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^\s{0,3}(?:>\s?|[-*+]\s+|\d+\.\s+)", RegexOptions.Multiline)]
    private static partial Regex LinePrefix();

    [GeneratedRegex(@"^\s{0,3}([-*_])(\s*\1){2,}\s*$", RegexOptions.Multiline)]
    private static partial Regex Rule();

    [GeneratedRegex(@"`(?<t>[^`]+)`")]
    private static partial Regex Code();

    public static string ToPlainText(string markdown)
    {
        var text = Rule().Replace(markdown, "");
        text = Heading().Replace(text, "");
        text = Link().Replace(text, "${text}");
        text = Strong().Replace(text, "${t}");
        text = Emphasis().Replace(text, "${t}");
        text = Code().Replace(text, "${t}");
        text = LinePrefix().Replace(text, "");
        return text;
    }
}
