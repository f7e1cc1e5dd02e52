using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using InfluenceGraph.Core;

namespace InfluenceGraph.Extraction.Readers;

/// <summary>A web page: its headline, its published date, and the article body without the site around it.</summary>
public static class HtmlReader
{
    private const string Boilerplate = "script,style,noscript,template,nav,header,footer,aside,form,iframe,svg,button,"
        + "[role=navigation],[role=banner],[role=contentinfo],[aria-hidden=true],"
        + ".nav,.navigation,.menu,.footer,.header,.sidebar,.related,.share,.social,.newsletter,.advert,.ad,.comments,.cookie,"
        // The byline is read into an Author: header line; left in the body it would read as prose.
        + ".byline,.author,.dateline,[rel=author],[itemprop=author]";

    private static readonly string[] BylineSelectors = ["[rel=author]", "[itemprop=author]", ".byline", ".author"];

    private static readonly string[] DateSelectors =
    [
        "meta[property='article:published_time']", "meta[name='article:published_time']", "meta[itemprop='datePublished']",
        "meta[name='pubdate']", "meta[name='publish-date']", "meta[name='date']", "meta[name='DC.date.issued']",
        "meta[name='sailthru.date']", "meta[property='og:published_time']",
    ];

    public static SourceDocument Read(string path, DateTimeOffset? fallbackDate = null)
    {
        var bytes = FileBytes.ReadDocument(path);
        var html = FileBytes.DecodeText(path, bytes);
        var page = new HtmlParser().ParseDocument(html);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);

        var date = PublishedDate(page);
        var title = Meta(page, "meta[property='og:title']")
            ?? page.QuerySelector("article h1, main h1, h1")?.TextContent.Trim()
            ?? page.Title?.Trim();
        if ((Meta(page, "meta[name='author']") ?? BylineSelectors
                .Select(selector => page.QuerySelector(selector)?.TextContent.Trim()).FirstOrDefault(t => !string.IsNullOrEmpty(t))) is { Length: > 0 } author)
        {
            metadata["author"] = Collapse(author.Split(['·', '|', '\n'])[0]);
        }
        if (Meta(page, "meta[property='og:site_name']") is { } site) metadata["source"] = site;
        if ((Meta(page, "link[rel=canonical]", "href") ?? Meta(page, "meta[property='og:url']")) is { } url) metadata["url"] = url;

        foreach (var element in page.QuerySelectorAll(Boilerplate).ToList()) element.Remove();
        var root = page.QuerySelector("article") ?? page.QuerySelector("main, [role=main], #content, .content, .article-body") ?? page.Body;
        var body = root is null ? "" : BlockText(root);
        if (string.IsNullOrWhiteSpace(body)) throw new UnreadableDocumentException(path, "the page has no article text");

        title = string.IsNullOrWhiteSpace(title) ? Path.GetFileNameWithoutExtension(path) : Collapse(title);
        metadata["title"] = title;
        if (date is not null) metadata["published"] = date.Value.ToString("o");
        // The page's headline, date, byline and site become header lines, as in a text article.
        var header = new StringBuilder();
        header.Append("Title: ").Append(title).Append('\n');
        if (date is not null) header.Append("Published: ").Append(date.Value.ToString("yyyy-MM-dd")).Append('\n');
        if (metadata.TryGetValue("author", out var byline)) header.Append("Author: ").Append(byline.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? byline[3..] : byline).Append('\n');
        if (metadata.TryGetValue("source", out var source)) header.Append("Source: ").Append(source).Append('\n');
        var text = header.Append('\n').Append(body).Append('\n').ToString();
        Redactions.AddReleaseMetadata(text, metadata);
        var hash = Ids.ContentHash(bytes);
        return new SourceDocument(Ids.ForArticle(title, hash), DocumentKind.Article, hash, path, title, date ?? fallbackDate, text, metadata, Redactions.Find(text));
    }

    /// <summary>Converts an HTML fragment (an email's HTML part) to text with one paragraph per block.</summary>
    public static string ToText(string html)
    {
        var page = new HtmlParser().ParseDocument(html);
        foreach (var element in page.QuerySelectorAll("script,style,head").ToList()) element.Remove();
        return page.Body is null ? "" : BlockText(page.Body);
    }

    private static DateTimeOffset? PublishedDate(IDocument page)
    {
        foreach (var selector in DateSelectors)
        {
            if (ArticleReader.ParseDate(Meta(page, selector)) is { } date) return date;
        }
        foreach (var time in page.QuerySelectorAll("time"))
        {
            if (ArticleReader.ParseDate(time.GetAttribute("datetime") ?? time.TextContent) is { } date) return date;
        }
        return null;
    }

    private static string? Meta(IDocument page, string selector, string attribute = "content") =>
        page.QuerySelector(selector)?.GetAttribute(attribute)?.Trim() is { Length: > 0 } value ? value : null;

    /// <summary>Text with a blank line between blocks and a line break at each &lt;br&gt;, so sentences and signatures keep their shape.</summary>
    private static string BlockText(IElement root)
    {
        var sb = new StringBuilder();
        Walk(root, sb);
        var lines = sb.ToString().Split('\n').Select(l => Collapse(l));
        var text = string.Join('\n', lines);
        while (text.Contains("\n\n\n", StringComparison.Ordinal)) text = text.Replace("\n\n\n", "\n\n", StringComparison.Ordinal);
        return text.Trim('\n', ' ');
    }

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "figcaption", "dd", "dt", "hr",
    };

    private static void Walk(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    sb.Append(text.Data.Replace('\n', ' '));
                    break;
                case IElement { LocalName: "br" }:
                    sb.Append('\n');
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    sb.Append("\n\n");
                    Walk(element, sb);
                    sb.Append("\n\n");
                    break;
                case IElement { LocalName: "td" or "th" } cell:
                    Walk(cell, sb);
                    sb.Append(' ');
                    break;
                case IElement element:
                    Walk(element, sb);
                    break;
            }
        }
    }

    private static string Collapse(string text) => string.Join(' ', text.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
}
