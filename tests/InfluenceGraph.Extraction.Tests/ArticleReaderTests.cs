using InfluenceGraph.Core;
using InfluenceGraph.Extraction.Readers;

namespace InfluenceGraph.Extraction.Tests;

public class ArticleReaderTests
{
    [Fact]
    public void A_header_block_gives_title_date_and_byline_and_stays_in_the_text_for_evidence()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.md", "Title: AWS pitched ICE\nPublished: 2018-10-23\nSource: Example News\nAuthor: Lena Marchetti\n\n# Heading\n\nAmazon Web Services **met** [ICE](https://example.org) on June 12.\n");

        var document = Assert.Single(new DocumentReader().Read(path));

        Assert.Equal(DocumentKind.Article, document.Kind);
        Assert.Equal("AWS pitched ICE", document.Title);
        Assert.Equal(new DateTimeOffset(2018, 10, 23, 0, 0, 0, TimeSpan.Zero), document.Date);
        Assert.Equal("Lena Marchetti", document.Metadata["author"]);
        Assert.StartsWith("Title: AWS pitched ICE\n", document.Text, StringComparison.Ordinal);
        Assert.Contains("Heading\n\nAmazon Web Services met ICE on June 12.", document.Text, StringComparison.Ordinal);
        Assert.StartsWith("article:aws-pitched-ice-", document.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_text_file_takes_the_date_it_is_given()
    {
        using var folder = new TempFolder();
        var path = folder.Write("note.txt", "Officials met on Tuesday.\n");
        var date = new DateTimeOffset(2020, 3, 5, 0, 0, 0, TimeSpan.Zero);

        var document = Assert.Single(new DocumentReader(date).Read(path));

        Assert.Equal(date, document.Date);
        Assert.Equal("Officials met on Tuesday.", document.Title);
    }

    [Fact]
    public void An_html_page_loses_its_navigation_and_keeps_headline_date_and_byline()
    {
        using var folder = new TempFolder();
        var path = folder.Write("p.html", """
            <html><head><title>Site | Story</title><meta property="og:title" content="Police demo">
            <meta property="article:published_time" content="2021-09-14T08:00:00-04:00"><meta property="og:site_name" content="Harbor Ledger"></head>
            <body><nav><a href="/">Home</a> Sign in</nav><header>Harbor Ledger</header>
            <article><p class="byline">By <a rel="author">Ana Ruiz</a> · Sept. 14</p><h1>Police demo</h1>
            <p>Veridex Labs showed its software to the Harbor City Police Department.</p><p>It was the second <b>demo</b>.</p></article>
            <aside>Related: other stories</aside><footer>© Harbor Ledger</footer><script>var x = 1;</script></body></html>
            """);

        var document = Assert.Single(new DocumentReader().Read(path));

        Assert.Equal("Police demo", document.Title);
        Assert.Equal(new DateTimeOffset(2021, 9, 14, 8, 0, 0, TimeSpan.FromHours(-4)), document.Date);
        Assert.Contains("Author: Ana Ruiz\n", document.Text, StringComparison.Ordinal);
        Assert.Contains("Source: Harbor Ledger\n", document.Text, StringComparison.Ordinal);
        Assert.Contains("Veridex Labs showed its software to the Harbor City Police Department.\n\nIt was the second demo.", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sign in", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Related", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("var x", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Redaction_markers_and_release_stamps_are_recorded_on_the_document()
    {
        using var folder = new TempFolder();
        var path = folder.Write("r.txt", "FOIA Request 2018-ICFO-41327 | Released by U.S. Immigration and Customs Enforcement | Bates ICE-2018-000123\n\n(b)(6) met [REDACTED] and (b)(7)(C) on June 12.\nRegards,\n(b)(6),\n\nUnit Chief\n");

        var document = Assert.Single(new DocumentReader().Read(path));

        Assert.Equal(["(b)(6)", "[REDACTED]", "(b)(7)(C)", "(b)(6)"], document.Redactions.Select(r => r.Marker));
        // The span is the marker itself, not the comma and blank line after it: a page blacks out exactly it.
        Assert.All(document.Redactions, r => Assert.Equal(r.Marker, document.Text.Substring(r.Start, r.Length)));
        Assert.Equal("2018-ICFO-41327", document.Metadata["foia-request"]);
        Assert.Equal("U.S. Immigration and Customs Enforcement", document.Metadata["releasing-agency"]);
        Assert.Equal("ICE-2018-000123", document.Metadata["bates"]);
    }
}
