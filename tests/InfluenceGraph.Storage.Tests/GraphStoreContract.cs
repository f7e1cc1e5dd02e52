using InfluenceGraph.Core;

namespace InfluenceGraph.Storage.Tests;

/// <summary>
/// What every store must do, written once. Each adapter's test class derives from this and
/// supplies a fresh, empty store.
/// </summary>
public abstract class GraphStoreContract
{
    /// <summary>A new, empty store for one test.</summary>
    protected abstract IGraphStore CreateStore();

    [Fact]
    public async Task Storing_a_document_twice_changes_nothing()
    {
        var store = CreateStore();
        var result = Documents.AwsMeetsIce().Build();

        Assert.Equal(StoreOutcome.Stored, await store.StoreAsync(result));
        var before = await store.GetStatsAsync();
        Assert.Equal(StoreOutcome.AlreadyStored, await store.StoreAsync(result));
        var after = await store.GetStatsAsync();

        Assert.Equivalent(before, after);
        Assert.Equal(1, after.Documents);
        Assert.Equal(2, after.EntitiesByKind[EntityKind.Agency]);
        Assert.Equal(1, after.EventsByKind[EventKind.Meeting]);
        Assert.True(await store.ContainsDocumentAsync(result.Document.ContentHash));
    }

    [Fact]
    public async Task Two_documents_naming_one_entity_make_one_node_with_the_evidence_of_both()
    {
        var store = CreateStore();
        await store.StoreAsync(Documents.AwsMeetsIce().Build());
        var second = Documents.Article("ICE signed a contract. U.S. Immigration and Customs Enforcement declined to comment.", title: "ICE contract")
            .Entity(EntityKind.Agency, "U.S. Immigration and Customs Enforcement", "U.S. Immigration and Customs Enforcement", "ICE", "Immigration and Customs Enforcement");
        await store.StoreAsync(second.Build());

        var stats = await store.GetStatsAsync();
        Assert.Equal(2, stats.EntitiesByKind[EntityKind.Agency]);
        var ice = await store.GetEntityAsync(Documents.Ice);
        Assert.NotNull(ice);
        Assert.Equal("U.S. Immigration and Customs Enforcement", ice.Name);
        Assert.Equal(["ICE", "Immigration and Customs Enforcement"], ice.Aliases);
        Assert.Equal(2, ice.Evidence.Select(e => e.DocumentId).Distinct().Count());
        Assert.Contains("'ICE' is an alias of 'U.S. Immigration and Customs Enforcement'", ice.MergeReasons);
    }

    [Fact]
    public async Task Evidence_comes_back_exactly_as_it_was_stored()
    {
        var store = CreateStore();
        var built = Documents.AwsMeetsIce();
        var result = built.Build();
        await store.StoreAsync(result);

        var meeting = result.Events[0];
        var evidence = Assert.Single(await store.GetEvidenceAsync(meeting.Id));
        Assert.Equal(meeting.Evidence[0], evidence);
        Assert.Equal(result.Document.Text.Substring(evidence.Start, evidence.Length), evidence.Quote);

        var worksFor = result.Relations.Single(r => r.Kind == RelationKind.WorksFor && r.SourceId == Documents.Lee);
        Assert.Equal(worksFor.Evidence, await store.GetEvidenceAsync(worksFor.Id));

        var document = await store.GetDocumentAsync(result.Document.Id);
        Assert.NotNull(document);
        Assert.Equal(result.Document.Text, document.Text);
        Assert.Equal(result.Document.Date, document.Date);
        Assert.Equal(result.Document.Metadata, document.Metadata);
        Assert.Equal(result.Document.Redactions, document.Redactions);
    }

    [Fact]
    public async Task Search_finds_entities_by_name_alias_or_prefix_and_filters_by_kind()
    {
        var store = CreateStore();
        await store.StoreAsync(Documents.AwsMeetsIce().Build());

        Assert.Equal(Documents.Ice, (await store.SearchEntitiesAsync(new EntitySearch("ICE"))).Items[0].Id);
        Assert.Equal(Documents.Aws, (await store.SearchEntitiesAsync(new EntitySearch("amazon web"))).Items[0].Id);
        Assert.Equal(Documents.Ortiz, (await store.SearchEntitiesAsync(new EntitySearch("Ort"))).Items[0].Id);

        var agencies = await store.SearchEntitiesAsync(new EntitySearch("U.S.", EntityKind.Agency));
        Assert.Equal(2, agencies.Total);
        Assert.All(agencies.Items, e => Assert.Equal(EntityKind.Agency, e.Kind));

        Assert.Equal(0, (await store.SearchEntitiesAsync(new EntitySearch("\"OR * NEAR("))).Total);
        var paged = await store.SearchEntitiesAsync(new EntitySearch("U.S.", Limit: 1, Offset: 1));
        Assert.Equal(2, paged.Total);
        Assert.Single(paged.Items);
    }

    [Fact]
    public async Task Entities_are_found_by_exact_name_or_alias_for_resolution()
    {
        var store = CreateStore();
        await store.StoreAsync(Documents.AwsMeetsIce().Build());

        var found = Assert.Single(await store.FindEntitiesByNameAsync(EntityKind.Agency, "ice"));
        Assert.Equal(Documents.Ice, found.Id);
        Assert.Empty(await store.FindEntitiesByNameAsync(EntityKind.Company, "ICE"));
    }

    [Fact]
    public async Task A_neighbourhood_reaches_as_far_as_asked_and_no_further()
    {
        var store = CreateStore();
        await store.StoreAsync(Documents.AwsMeetsIce().Build());

        var one = await store.GetNeighbourhoodAsync(Documents.Lee, 1, 100);
        Assert.Equal([Documents.Lee, Documents.Aws], one.Nodes.Where(n => n.Kind == NodeKind.Entity).Select(n => n.Id).Order().Reverse());
        Assert.Contains(one.Edges, e => e.Type == "works-for" && e.Detail == "solutions architect");
        Assert.Contains(one.Nodes, n => n.Kind == NodeKind.Event && n.Type == "follow-up");

        var two = await store.GetNeighbourhoodAsync(Documents.Lee, 2, 100);
        Assert.Contains(two.Nodes, n => n.Id == Documents.Ice && n.Distance == 2);
        Assert.Contains(two.Nodes, n => n.Id == Documents.Rekognition);
        Assert.DoesNotContain(two.Nodes, n => n.Id == Documents.Dhs);

        var three = await store.GetNeighbourhoodAsync(Documents.Lee, 3, 100);
        Assert.Contains(three.Nodes, n => n.Id == Documents.Dhs && n.Distance == 3);
        Assert.All(three.Edges, e => Assert.Contains(three.Nodes, n => n.Id == e.SourceId));

        var capped = await store.GetNeighbourhoodAsync(Documents.Lee, 3, 2);
        Assert.True(capped.Truncated);
        Assert.Equal(2, capped.Nodes.Count);
    }

    [Fact]
    public async Task Events_come_in_date_order_within_a_window_and_for_one_entity()
    {
        var store = CreateStore();
        await store.StoreAsync(Documents.AwsMeetsIce().Build());
        var later = Documents.Article("In July 2018 the ACLU published its test of Rekognition.", title: "ACLU test");
        later.Entity(EntityKind.Organization, "American Civil Liberties Union", "ACLU", "ACLU")
            .Event(EventKind.Publication, EventDate.InMonth(2018, 7, "In July 2018"), "the ACLU published its test", (Ids.ForEntity(EntityKind.Organization, "American Civil Liberties Union"), ParticipantRole.Organiser));
        await store.StoreAsync(later.Build());

        var all = await store.GetEventsAsync(new EventQuery());
        Assert.Equal([EventKind.Meeting, EventKind.FollowUp, EventKind.Publication], all.Items.Select(e => e.Kind));

        var june = await store.GetEventsAsync(new EventQuery(From: new DateOnly(2018, 6, 1), To: new DateOnly(2018, 6, 30)));
        Assert.Equal(2, june.Total);

        // A month-precise event belongs to every window that touches its month.
        var lateJuly = await store.GetEventsAsync(new EventQuery(From: new DateOnly(2018, 7, 30), To: new DateOnly(2018, 8, 5)));
        Assert.Equal(EventKind.Publication, Assert.Single(lateJuly.Items).Kind);

        var ortiz = await store.GetEventsAsync(new EventQuery(EntityId: Documents.Ortiz));
        var meeting = Assert.Single(ortiz.Items);
        Assert.Equal(new DateOnly(2018, 6, 12), meeting.Date!.Start);
        Assert.Equal(DatePrecision.Day, meeting.Date.Precision);
        Assert.Equal("June 12", meeting.Date.Wording);
        Assert.Contains(meeting.Participants, p => p.EntityId == Documents.Aws && p.Role == ParticipantRole.RepresentedOrganisation);
        Assert.NotEmpty(meeting.Evidence);

        var followUps = await store.GetEventsAsync(new EventQuery(Kind: EventKind.FollowUp, Limit: 10));
        Assert.Equal(new DateOnly(2018, 6, 15), Assert.Single(followUps.Items).Date!.Start);
    }

    [Fact]
    public async Task A_document_that_cannot_be_stored_whole_leaves_nothing_behind()
    {
        var store = CreateStore();
        var good = Documents.AwsMeetsIce().Build();
        // An event naming a participant the result does not carry breaks the write half-way.
        var broken = good with
        {
            Events = [.. good.Events, good.Events[0] with { Id = "meeting:broken", Participants = [new Participant("person:nobody-stored", ParticipantRole.Attendee)] }],
        };

        await Assert.ThrowsAnyAsync<Exception>(() => store.StoreAsync(broken));

        var stats = await store.GetStatsAsync();
        Assert.Equal(0, stats.Documents);
        Assert.Equal(0, stats.EntitiesByKind.Values.Sum());
        Assert.Equal(0, stats.EvidenceRecords);
        Assert.Equal(StoreOutcome.Stored, await store.StoreAsync(good));
    }

    [Fact]
    public async Task Readers_see_whole_documents_while_a_writer_is_storing()
    {
        var store = CreateStore();
        var documents = Enumerable.Range(0, 40).Select(i =>
            Documents.Article($"Vendor {i} met ICE on June 12. Staff of ICE attended.", title: $"Vendor {i}")
                .Entity(EntityKind.Agency, "U.S. Immigration and Customs Enforcement", "ICE", "ICE")
                .Entity(EntityKind.Company, $"Vendor {i}", $"Vendor {i}")
                .Event(EventKind.Meeting, EventDate.OnDay(new DateOnly(2018, 6, 12), "June 12"), "met ICE on June 12",
                    (Ids.ForEntity(EntityKind.Company, $"Vendor {i}"), ParticipantRole.RepresentedOrganisation), (Documents.Ice, ParticipantRole.RepresentedOrganisation))
                .Build()).ToList();

        var writer = Task.Run(async () =>
        {
            foreach (var d in documents) await store.StoreAsync(d);
        });
        var observations = 0;
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            while (!writer.IsCompleted)
            {
                var stats = await store.GetStatsAsync();
                var events = await store.GetEventsAsync(new EventQuery(Limit: 1000));
                // Every stored document brought one company and one meeting, or the reader sees neither.
                Assert.True(stats.EntitiesByKind[EntityKind.Company] <= events.Total + 1);
                Assert.All(events.Items, e => Assert.Equal(2, e.Participants.Count));
                Interlocked.Increment(ref observations);
            }
        })).ToList();

        await writer;
        await Task.WhenAll(readers);
        Assert.True(observations > 0);
        Assert.Equal(40, (await store.GetStatsAsync()).Documents);
        Assert.Equal(40, (await store.GetEventsAsync(new EventQuery(Kind: EventKind.Meeting))).Total);
    }
}
