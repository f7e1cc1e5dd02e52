using System.Text;
using InfluenceGraph.Core;
using InfluenceGraph.Extraction.Readers;

namespace InfluenceGraph.Extraction.Tests;

/// <summary>Every file a reporter may drop in by mistake gets a reason they can act on, never a crash.</summary>
public class BadInputTests
{
    [Theory]
    [InlineData("empty.txt", "", "the file is empty")]
    [InlineData("empty.eml", "", "the file is empty")]
    [InlineData("blank.md", "   \n\n  ", "the file holds only white space")]
    [InlineData("junk.eml", "\0\u0001\u0002PK\u0003\u0004\0\0binary", "the file holds binary data, not an email")]
    [InlineData("junk.txt", "\0\0\0\u0001\u0002", "the file holds binary data, not text")]
    [InlineData("headless.eml", "just some words with no headers at all\n", "not a readable email")]
    [InlineData("nothing.mbox", "this is not a mailbox\n", "not an mbox mailbox")]
    public void Unreadable_files_are_refused_with_the_reason(string name, string content, string reason)
    {
        using var folder = new TempFolder();
        var path = folder.Write(name, content);

        var error = Assert.Throws<UnreadableDocumentException>(() => new DocumentReader().Read(path));

        Assert.Equal(path, error.Path);
        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_in_an_article_names_the_offset()
    {
        using var folder = new TempFolder();
        var path = folder.Write("latin1.txt", [.. Encoding.ASCII.GetBytes("Pe"), 0xF1, .. Encoding.ASCII.GetBytes("a met ICE.")]);

        var error = Assert.Throws<UnreadableDocumentException>(() => new DocumentReader().Read(path));

        Assert.Contains("not valid UTF-8", error.Reason, StringComparison.Ordinal);
        Assert.Contains("offset 2", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_50_mb_file_is_refused_before_it_is_read()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "huge.txt");
        using (var stream = File.Create(path)) stream.SetLength(50L * 1024 * 1024);

        var error = Assert.Throws<UnreadableDocumentException>(() => new DocumentReader().Read(path));

        Assert.Contains("50.0 MB", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_mime_message_keeps_what_it_has()
    {
        using var folder = new TempFolder();
        var path = folder.Write("cut.eml", """
            From: Ana Ruiz <ana@veridex.example>
            Date: Tue, 3 Aug 2021 09:00:00 -0400
            Subject: Demo
            MIME-Version: 1.0
            Content-Type: multipart/alternative; boundary="b1"

            --b1
            Content-Type: text/plain

            We met the Harbor City Police Department on Tuesday and
            """);

        var document = Assert.Single(new DocumentReader().Read(path));

        Assert.Contains("We met the Harbor City Police Department on Tuesday and", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unsupported_files_are_not_picked_up_from_a_folder()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "ICE met AWS.");
        folder.Write("b.pdf", "%PDF-1.4");
        folder.Write("README.md", "About this folder.");

        var files = IngestPipeline.FindFiles(folder.Path, new DocumentReader());

        Assert.Equal([Path.Combine(folder.Path, "a.txt")], files);
    }
}
