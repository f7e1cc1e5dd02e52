using InfluenceGraph.Core;
using InfluenceGraph.Extraction.Readers;

namespace InfluenceGraph.Extraction.Tests;

public class EmailReaderTests
{
    private const string FollowUp = """
        From: Dana Kowalczyk <dana.kowalczyk@aws.example.com>
        To: "Amsel, Gloria" <gloria.amsel@ice.dhs.example>, =?utf-8?q?Alonzo_Pe=C3=B1a?= <alonzo.pena@ice.dhs.example>
        Cc: (b)(6) <b6-redacted@ice.dhs.example>
        Date: Fri, 15 Jun 2018 11:04:52 -0700
        Subject: Follow-up: AWS / HSI meeting 6/12
        Message-ID: <follow-up-1@aws.example.com>
        In-Reply-To: <request-1@aws.example.com>
        References: <request-1@aws.example.com> <confirm-1@ice.dhs.example>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8
        Content-Transfer-Encoding: base64

        VGhhbmsgeW91IGZvciBtZWV0aW5nIHdpdGggdXMgb24gSnVuZSAxMnRoLiBBY3Rpb24gaXRlbXM6IFJla29nbml0aW9uIFZpZGVvIHBpbG90Lg0KDQpEYW5hIEtvd2FsY3p5aw0KQWNjb3VudCBNYW5hZ2VyDQpBbWF6b24gV2ViIFNlcnZpY2VzDQo=
        """;

    [Fact]
    public void Headers_are_decoded_and_become_the_first_lines_of_the_text()
    {
        using var folder = new TempFolder();
        var document = Assert.Single(new DocumentReader().Read(folder.Write("f.eml", FollowUp)));

        Assert.Equal(DocumentKind.Email, document.Kind);
        Assert.Equal("email:follow-up-1-aws-example-com", document.Id);
        Assert.Equal(new DateTimeOffset(2018, 6, 15, 11, 4, 52, TimeSpan.FromHours(-7)), document.Date);
        Assert.Equal("Follow-up: AWS / HSI meeting 6/12", document.Title);
        Assert.StartsWith("From: Dana Kowalczyk <dana.kowalczyk@aws.example.com>\nTo: Amsel, Gloria <gloria.amsel@ice.dhs.example>, Alonzo Peña <alonzo.pena@ice.dhs.example>\n", document.Text, StringComparison.Ordinal);
        Assert.Contains("Thank you for meeting with us on June 12th.", document.Text, StringComparison.Ordinal);
        Assert.Equal("request-1@aws.example.com", document.Metadata[SourceDocument.InReplyToKey]);
        Assert.Equal("request-1@aws.example.com", document.Metadata[SourceDocument.ThreadKey]);
        Assert.Equal("follow-up: aws / hsi meeting 6/12", document.Metadata[EmailReader.SubjectKey]);
    }

    [Fact]
    public void Quoted_printable_html_only_mail_is_read_as_text()
    {
        using var folder = new TempFolder();
        var path = folder.Write("h.eml", """
            From: Ana Ruiz <ana@veridex.example>
            To: chief@hcpd.example
            Date: Tue, 3 Aug 2021 09:00:00 -0400
            Subject: Demo
            MIME-Version: 1.0
            Content-Type: text/html; charset=utf-8
            Content-Transfer-Encoding: quoted-printable

            <html><body><p>We would like to demo Veridex Match at the Harbor City Police Dep=
            artment next Tuesday.</p><p>Best,<br>Ana Ruiz<br>Account Executive<br>Veridex Labs=
            </p></body></html>
            """);

        var document = Assert.Single(new DocumentReader().Read(path));

        Assert.Contains("We would like to demo Veridex Match at the Harbor City Police Department next Tuesday.", document.Text, StringComparison.Ordinal);
        Assert.Contains("Best,\nAna Ruiz\nAccount Executive\nVeridex Labs", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_reply_is_cut_from_the_new_text_and_read_as_a_message_of_its_own()
    {
        using var folder = new TempFolder();
        var path = folder.Write("r.eml", """
            From: Gloria Amsel <gloria.amsel@ice.dhs.example>
            To: Dana Kowalczyk <dana.kowalczyk@aws.example.com>
            Date: Thu, 7 Jun 2018 08:41:27 -0400
            Subject: RE: Meeting request
            Message-ID: <confirm-1@ice.dhs.example>
            Content-Type: text/plain

            Dana, June 12 works for us.

            On Wed, Jun 6, 2018 at 3:12 PM Dana Kowalczyk <dana.kowalczyk@aws.example.com> wrote:
            > Would you be available to meet next Tuesday, June 12?
            > Dana
            """);

        var documents = new DocumentReader().Read(path);

        Assert.Equal(2, documents.Count);
        Assert.EndsWith("Dana, June 12 works for us.\n", documents[0].Text, StringComparison.Ordinal);
        var quoted = documents[1];
        Assert.Equal(documents[0].Id, quoted.Metadata[EmailReader.EmbeddedInKey]);
        Assert.Equal("quoted", quoted.Metadata[EmailReader.EmbeddedAsKey]);
        Assert.Equal(new DateOnly(2018, 6, 6), DateOnly.FromDateTime(quoted.Date!.Value.DateTime));
        Assert.StartsWith("From: Dana Kowalczyk <dana.kowalczyk@aws.example.com>\nTo: Gloria Amsel <gloria.amsel@ice.dhs.example>\n", quoted.Text, StringComparison.Ordinal);
        Assert.Contains("Would you be available to meet next Tuesday, June 12?\nDana", quoted.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_forwarded_message_in_the_body_becomes_a_document_with_its_own_sender_and_date()
    {
        using var folder = new TempFolder();
        var path = folder.Write("fw.eml", """
            From: Harold Pinsky <harold.pinsky@ice.dhs.example>
            To: Kevin Aldana <kevin.aldana@ice.dhs.example>
            Date: Mon, 18 Jun 2018 09:10:00 -0400
            Subject: Fwd: Follow-up
            Content-Type: text/plain

            FYI, see below.

            ---------- Forwarded message ---------
            From: Dana Kowalczyk <dana.kowalczyk@aws.example.com>
            Date: Fri, Jun 15, 2018 at 2:04 PM
            Subject: Follow-up
            To: Harold Pinsky <harold.pinsky@ice.dhs.example>

            Action items from our June 12 meeting.
            """);

        var documents = new DocumentReader().Read(path);

        Assert.Equal(2, documents.Count);
        Assert.DoesNotContain("Action items", documents[0].Text, StringComparison.Ordinal);
        var forwarded = documents[1];
        Assert.Equal("forwarded", forwarded.Metadata[EmailReader.EmbeddedAsKey]);
        Assert.Equal(new DateOnly(2018, 6, 15), DateOnly.FromDateTime(forwarded.Date!.Value.DateTime));
        Assert.StartsWith("From: Dana Kowalczyk <dana.kowalczyk@aws.example.com>\nTo: Harold Pinsky", forwarded.Text, StringComparison.Ordinal);
        Assert.Contains("Action items from our June 12 meeting.", forwarded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_message_of_a_mailbox_is_a_document_and_quoted_copies_of_them_are_not()
    {
        using var folder = new TempFolder();
        var path = folder.Write("t.mbox", """
            From ana@veridex.example Tue Aug  3 09:00:00 2021
            From: Ana Ruiz <ana@veridex.example>
            To: Luis Carvajal <luis.carvajal@hcpd.example>
            Date: Tue, 3 Aug 2021 09:00:00 -0400
            Subject: Demo
            Message-ID: <m1@veridex.example>

            Would you be available for a demo on August 19?

            From luis.carvajal@hcpd.example Wed Aug  4 10:00:00 2021
            From: Luis Carvajal <luis.carvajal@hcpd.example>
            To: Ana Ruiz <ana@veridex.example>
            Date: Wed, 4 Aug 2021 10:00:00 -0400
            Subject: Re: Demo
            Message-ID: <m2@hcpd.example>
            In-Reply-To: <m1@veridex.example>

            Yes, August 19 works.

            On Tue, Aug 3, 2021 at 9:00 AM Ana Ruiz <ana@veridex.example> wrote:
            > Would you be available for a demo on August 19?

            """);

        var documents = new DocumentReader().Read(path);

        Assert.Equal(["email:m1-veridex-example", "email:m2-hcpd-example"], documents.Select(d => d.Id));
        Assert.EndsWith("#2", documents[1].Origin, StringComparison.Ordinal);
        Assert.Equal("m1@veridex.example", documents[1].Metadata[SourceDocument.ThreadKey]);
    }
}
