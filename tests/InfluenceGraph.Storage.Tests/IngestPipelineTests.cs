using InfluenceGraph.Core;
using InfluenceGraph.Extraction;
using InfluenceGraph.Extraction.Readers;
using InfluenceGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace InfluenceGraph.Storage.Tests;

/// <summary>Ingest as the CLI runs it: real files, the real extractor, a real database file.</summary>
public sealed class IngestPipelineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("influencegraph-ingest-").FullName;
    private readonly SqliteGraphStore _store;

    public IngestPipelineTests() => _store = new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(_folder, "data", "graph.db") });

    private string Documents => Path.Combine(_folder, "docs");

    private void Write(string name, string content)
    {
        Directory.CreateDirectory(Documents);
        File.WriteAllText(Path.Combine(Documents, name), content);
    }

    private Task<IngestSummary> IngestAsync()
    {
        var reader = new DocumentReader();
        return new IngestPipeline(reader, new Extractor(), _store).IngestAsync(IngestPipeline.FindFiles(Documents, reader), null, CancellationToken.None);
    }

    [Fact]
    public async Task Ingesting_a_folder_twice_stores_each_document_once()
    {
        Write("a.md", "Title: AWS and ICE\nPublished: 2018-10-23\n\nAmazon Web Services met ICE on June 12.\n");
        Write("b.eml", "From: Dana Kowalczyk <dana.kowalczyk@aws.example.com>\nTo: Gloria Amsel <gloria.amsel@ice.dhs.example>\nDate: Fri, 15 Jun 2018 11:04:52 -0700\nSubject: Follow-up\nMessage-ID: <f1@aws.example.com>\n\nThank you for meeting with us on June 12th.\n");

        var first = await IngestAsync();
        var stats = await _store.GetStatsAsync();
        var second = await IngestAsync();

        Assert.Equal((2, 2, 0), (first.Files, first.DocumentsStored, first.DocumentsAlreadyStored));
        Assert.Equal((0, 2), (second.DocumentsStored, second.DocumentsAlreadyStored));
        Assert.Equivalent(stats, await _store.GetStatsAsync());
        // The article and the email describe one meeting: one node, evidence from both.
        var meeting = Assert.Single((await _store.GetEventsAsync(new EventQuery(Kind: EventKind.Meeting))).Items);
        Assert.Equal("meeting:2018-06-12-amazon-web-services-us-immigration-and-customs-enforcement", meeting.Id);
        Assert.Equal(2, meeting.Evidence.Select(e => e.DocumentId).Distinct().Count());
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_reported_and_the_rest_is_ingested()
    {
        Write("good.txt", "Title: Demo\nPublished: 2021-09-14\n\nVeridex Labs demonstrated its software to the Harbor City Police Department on Tuesday.\n");
        Write("empty.eml", "");
        Write("bad.txt", "\0\0\u0001binary");

        var summary = await IngestAsync();

        Assert.Equal(1, summary.DocumentsStored);
        Assert.False(summary.NothingIngested);
        Assert.Equal(
            [(Path.Combine(Documents, "bad.txt"), "the file holds binary data, not text"), (Path.Combine(Documents, "empty.eml"), "the file is empty")],
            summary.Failures.Select(f => (f.Path, f.Reason)).Order());
    }

    [Fact]
    public async Task A_run_where_nothing_could_be_read_says_so()
    {
        Write("empty.txt", "");

        var summary = await IngestAsync();

        Assert.True(summary.NothingIngested);
        Assert.Single(summary.Failures);
    }

    [Fact]
    public async Task A_bare_address_in_a_later_email_lands_on_the_person_named_before()
    {
        Write("1.eml", "From: Dana Kowalczyk <dana.kowalczyk@aws.example.com>\nTo: Gloria Amsel <gloria.amsel@ice.dhs.example>\nDate: Wed, 6 Jun 2018 15:12:00 -0700\nSubject: Hello\nMessage-ID: <a1@aws.example.com>\n\nHello.\n");
        await IngestAsync();
        Write("2.eml", "From: dana.kowalczyk@aws.example.com\nTo: gloria.amsel@ice.dhs.example\nDate: Thu, 7 Jun 2018 15:12:00 -0700\nSubject: Again\nMessage-ID: <a2@aws.example.com>\n\nHello again.\n");

        await IngestAsync();

        Assert.Equal(2, (await _store.GetStatsAsync()).EntitiesByKind[EntityKind.Person]);
        var dana = await _store.GetEntityAsync("person:dana-kowalczyk");
        Assert.NotNull(dana);
        Assert.Equal(2, dana.Evidence.Select(e => e.DocumentId).Distinct().Count());
        Assert.Contains(dana.MergeReasons, r => r.Contains("stored before", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ingesting_the_seed_corpus_yields_the_aws_ice_meeting_with_its_people_and_follow_up()
    {
        var seed = FindSeed();
        var reader = new DocumentReader();
        var summary = await new IngestPipeline(reader, new Extractor(), _store).IngestAsync(IngestPipeline.FindFiles(seed, reader), null, CancellationToken.None);
        Assert.Empty(summary.Failures);

        var meetings = await _store.GetEventsAsync(new EventQuery(From: new DateOnly(2018, 6, 12), To: new DateOnly(2018, 6, 12), EntityId: "agency:us-immigration-and-customs-enforcement", Kind: EventKind.Meeting));
        var meeting = Assert.Single(meetings.Items, m => m.Status == EventStatus.Held);
        Assert.Contains(meeting.Participants, p => p.EntityId == "company:amazon-web-services");
        Assert.Contains(meeting.Participants, p => p.EntityId == "person:dana-kowalczyk");
        Assert.True(meeting.Evidence.Select(e => e.DocumentId).Distinct().Count() >= 2, "the article and the emails both describe the meeting");

        var followUps = await _store.GetEventsAsync(new EventQuery(EntityId: "company:amazon-web-services", Kind: EventKind.FollowUp, From: new DateOnly(2018, 6, 13), To: new DateOnly(2018, 6, 30)));
        Assert.Contains(followUps.Items, f => f.Date!.Start == new DateOnly(2018, 6, 15));
        var neighbourhood = await _store.GetNeighbourhoodAsync(meeting.Id, 1, 200);
        Assert.Contains(neighbourhood.Edges, e => e.Type == "follows-up" && e.TargetId == meeting.Id);
    }

    private static string FindSeed()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InfluenceGraph.sln"))) return Path.Combine(dir.FullName, "seed");
        }
        throw new DirectoryNotFoundException("seed/");
    }

    public void Dispose()
    {
        _store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
