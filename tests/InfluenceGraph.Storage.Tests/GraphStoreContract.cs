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

    [SkippableFact]
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

    [SkippableFact]
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

    [SkippableFact]
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

    [SkippableFact]
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

    [SkippableFact]
    public async Task Entities_are_found_by_exact_name_or_alias_for_resolution()
    {
        var store = CreateStore();
        await store.StoreAsync(Documents.AwsMeetsIce().Build());

        var found = Assert.Single(await store.FindEntitiesByNameAsync(EntityKind.Agency, "ice"));
        Assert.Equal(Documents.Ice, found.Id);
        Assert.Empty(await store.FindEntitiesByNameAsync(EntityKind.Company, "ICE"));
    }

    [SkippableFact]
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

    [SkippableFact]
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

    [SkippableFact]
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

    [SkippableFact]
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

    [SkippableFact]
    public async Task A_review_is_kept_with_its_reviewer_and_note_logged_and_survives_a_reingest()
    {
        var store = CreateStore();
        var built = Documents.AwsMeetsIce();
        await store.StoreAsync(built.Build());
        var meeting = built.EventId(0);

        var review = await store.ReviewAsync(new ReviewDecision(meeting, ReviewStatus.Confirmed, "editor-ana", "matches FOIA page 12"));
        Assert.NotNull(review);
        Assert.Null(await store.ReviewAsync(new ReviewDecision("meeting:no-such-event", ReviewStatus.Confirmed, "editor-ana", null)));

        // A second document telling the same meeting (same id) must not reset the decision.
        var again = Documents.Article("Amazon Web Services met Maria Ortiz of U.S. Immigration and Customs Enforcement on June 12.", title: "Again")
            .Entity(EntityKind.Company, "Amazon Web Services", "Amazon Web Services")
            .Entity(EntityKind.Person, "Maria Ortiz", "Maria Ortiz")
            .Entity(EntityKind.Agency, "U.S. Immigration and Customs Enforcement", "U.S. Immigration and Customs Enforcement")
            .Event(EventKind.Meeting, EventDate.OnDay(new DateOnly(2018, 6, 12), "June 12"), "met Maria Ortiz of U.S. Immigration and Customs Enforcement on June 12",
                (Documents.Aws, ParticipantRole.RepresentedOrganisation), (Documents.Ice, ParticipantRole.RepresentedOrganisation), (Documents.Ortiz, ParticipantRole.Attendee));
        Assert.Equal(meeting, again.EventId(0));
        await store.StoreAsync(again.Build());

        var stored = await store.GetEventAsync(meeting);
        Assert.NotNull(stored);
        Assert.Equal(2, stored.Evidence.Select(e => e.DocumentId).Distinct().Count());
        Assert.Equal(ReviewStatus.Confirmed, stored.Review?.Status);
        Assert.Equal("editor-ana", stored.Review?.Reviewer);
        Assert.Equal("matches FOIA page 12", stored.Review?.Note);
        Assert.NotNull(stored.Review?.At);

        await store.ReviewAsync(new ReviewDecision(meeting, ReviewStatus.Disputed, "editor-ben", "date unclear"));
        var log = await store.GetAuditLogAsync(new AuditQuery(meeting));
        Assert.Equal(2, log.Total);
        Assert.Equal(["editor-ben", "editor-ana"], log.Items.Select(e => e.Actor));
        Assert.Contains("Confirmed", log.Items[0].Before, StringComparison.Ordinal);
        Assert.Contains("Disputed", log.Items[0].After, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Rejected_facts_leave_default_answers_but_are_kept_and_confirmed_only_answers_hold_only_confirmed_facts()
    {
        var store = CreateStore();
        var built = Documents.AwsMeetsIce();
        var result = built.Build();
        await store.StoreAsync(result);
        var meeting = built.EventId(0);
        var followUp = built.EventId(1);
        var leeAtAws = result.Relations.Single(r => r.Kind == RelationKind.WorksFor && r.SourceId == Documents.Lee).Id;

        await store.ReviewAsync(new ReviewDecision(followUp, ReviewStatus.Rejected, "editor-ana", "not a follow-up"));
        await store.ReviewAsync(new ReviewDecision(leeAtAws, ReviewStatus.Rejected, "editor-ana", null));
        await store.ReviewAsync(new ReviewDecision(meeting, ReviewStatus.Confirmed, "editor-ana", null));

        Assert.Equal([meeting], (await store.GetEventsAsync(new EventQuery())).Items.Select(e => e.Id));
        Assert.Equal([meeting, followUp], (await store.GetEventsAsync(new EventQuery(Review: ReviewFilter.All))).Items.Select(e => e.Id));
        Assert.Equal([meeting], (await store.GetEventsAsync(new EventQuery(Review: ReviewFilter.Confirmed))).Items.Select(e => e.Id));
        Assert.Equal([meeting], (await store.GetVendorMeetingsAsync(new MeetingQuery(Review: ReviewFilter.Confirmed))).Items.Select(e => e.Id));

        Assert.DoesNotContain(await store.GetRelationsAsync(Documents.Lee), r => r.Id == leeAtAws);
        Assert.Contains(await store.GetRelationsAsync(Documents.Lee, review: ReviewFilter.All), r => r.Id == leeAtAws && r.Review?.Status == ReviewStatus.Rejected);

        var around = await store.GetNeighbourhoodAsync(Documents.Aws, 2, 100);
        Assert.DoesNotContain(around.Nodes, n => n.Id == followUp);
        Assert.DoesNotContain(around.Edges, e => e.Id == leeAtAws);
        var everything = await store.GetGraphAsync(1000, ReviewFilter.All);
        Assert.Contains(everything.Nodes, n => n.Id == followUp);
        var published = await store.GetGraphAsync(1000, ReviewFilter.Confirmed);
        Assert.Equal([meeting], published.Nodes.Where(n => n.Kind == NodeKind.Event).Select(n => n.Id));
        Assert.NotNull(await store.GetEventAsync(followUp));
    }

    [SkippableFact]
    public async Task A_request_for_the_day_a_vendor_and_agency_met_is_not_listed_as_a_second_meeting()
    {
        var store = CreateStore();
        var meeting = Documents.AwsMeetsIce();
        await store.StoreAsync(meeting.Build());
        var asked = Documents.Article("AWS asked ICE for a meeting on June 12. AWS also asked ICE to meet again on July 9.", new DateTimeOffset(2018, 6, 1, 0, 0, 0, TimeSpan.Zero), "AWS asks ICE")
            .Entity(EntityKind.Company, "Amazon Web Services", "AWS", "AWS")
            .Entity(EntityKind.Agency, "U.S. Immigration and Customs Enforcement", "ICE", "ICE")
            .Event(EventKind.MeetingRequest, EventDate.OnDay(new DateOnly(2018, 6, 12), "June 12"), "asked ICE for a meeting on June 12",
                (Documents.Aws, ParticipantRole.RepresentedOrganisation), (Documents.Ice, ParticipantRole.RepresentedOrganisation))
            .Event(EventKind.MeetingRequest, EventDate.OnDay(new DateOnly(2018, 7, 9), "July 9"), "asked ICE to meet again on July 9",
                (Documents.Aws, ParticipantRole.RepresentedOrganisation), (Documents.Ice, ParticipantRole.RepresentedOrganisation));
        await store.StoreAsync(asked.Build());

        var listed = await store.GetVendorMeetingsAsync(new MeetingQuery(Documents.Aws, Documents.Ice));

        Assert.Equal([meeting.EventId(0), asked.EventId(1)], listed.Items.Select(e => e.Id));
        Assert.Equal(2, listed.Total);
        Assert.NotNull(await store.GetEventAsync(asked.EventId(0)));
    }

    [SkippableFact]
    public async Task An_editor_merges_two_entities_into_one_and_can_split_them_again()
    {
        var store = CreateStore();
        await store.StoreAsync(Documents.AwsMeetsIce().Build());
        var enforcement = Ids.ForEntity(EntityKind.Agency, "Immigration Enforcement");
        var second = Documents.Article("Immigration Enforcement staff met Amazon Web Services again.", title: "Again")
            .Entity(EntityKind.Agency, "Immigration Enforcement", "Immigration Enforcement")
            .Entity(EntityKind.Company, "Amazon Web Services", "Amazon Web Services")
            .Event(EventKind.Meeting, null, "staff met Amazon Web Services again", (enforcement, ParticipantRole.RepresentedOrganisation), (Documents.Aws, ParticipantRole.RepresentedOrganisation));
        await store.StoreAsync(second.Build());
        var iceBefore = (await store.GetEntityAsync(Documents.Ice))!;

        var merged = await store.MergeEntitiesAsync(new EntityMerge(Documents.Ice, enforcement, "editor-ana", "same agency"));
        Assert.Contains("Immigration Enforcement", merged.Aliases);
        Assert.Equal(iceBefore.Evidence.Count + 1, merged.Evidence.Count);
        Assert.Null(await store.GetEntityAsync(enforcement));
        Assert.Contains(second.EventId(0), (await store.GetEventsAsync(new EventQuery(EntityId: Documents.Ice))).Items.Select(e => e.Id));
        await Assert.ThrowsAsync<ReviewConflictException>(() => store.MergeEntitiesAsync(new EntityMerge(Documents.Ice, enforcement, "editor-ana", null)));

        // A document ingested after the merge that names the duplicate lands on the survivor.
        var third = Documents.Article("Immigration Enforcement declined to comment.", title: "Later")
            .Entity(EntityKind.Agency, "Immigration Enforcement", "Immigration Enforcement");
        await store.StoreAsync(third.Build());
        Assert.Null(await store.GetEntityAsync(enforcement));
        Assert.Equal(iceBefore.Evidence.Count + 2, (await store.GetEntityAsync(Documents.Ice))!.Evidence.Count);

        var split = await store.SplitEntityAsync(new EntitySplit(Documents.Ice, enforcement, "editor-ben", "two bodies after all"));
        Assert.Equal("Immigration Enforcement", split.Name);
        Assert.Single(split.Evidence);
        var ice = (await store.GetEntityAsync(Documents.Ice))!;
        Assert.DoesNotContain("Immigration Enforcement", ice.Aliases);
        Assert.Equal(iceBefore.Evidence.Count + 1, ice.Evidence.Count);
        Assert.Contains(second.EventId(0), (await store.GetEventsAsync(new EventQuery(EntityId: enforcement))).Items.Select(e => e.Id));
        Assert.Equal(["split", "merge"], (await store.GetAuditLogAsync(new AuditQuery(Documents.Ice))).Items.Select(e => e.Action));
    }

    [SkippableFact]
    public async Task An_editor_renames_and_retypes_an_entity_keeping_its_id_evidence_and_old_name()
    {
        var store = CreateStore();
        await store.StoreAsync(Documents.AwsMeetsIce().Build());
        var before = (await store.GetEntityAsync(Documents.Rekognition))!;

        var corrected = await store.CorrectEntityAsync(new EntityCorrection(Documents.Rekognition, "Amazon Rekognition", EntityKind.Company, "editor-ana", "typo"));
        Assert.NotNull(corrected);
        Assert.Equal(Documents.Rekognition, corrected.Id);
        Assert.Equal("Amazon Rekognition", corrected.Name);
        Assert.Equal(EntityKind.Company, corrected.Kind);
        Assert.Contains("Rekognition", corrected.Aliases);
        Assert.Equal(before.Evidence, corrected.Evidence);
        Assert.Equal(Documents.Rekognition, Assert.Single(await store.FindEntitiesByNameAsync(EntityKind.Company, "Amazon Rekognition")).Id);
        Assert.Null(await store.CorrectEntityAsync(new EntityCorrection("person:nobody", "X", null, "editor-ana", null)));
        var entry = Assert.Single((await store.GetAuditLogAsync(new AuditQuery(Documents.Rekognition))).Items);
        Assert.Equal("correct", entry.Action);
        Assert.Contains("Product", entry.Before, StringComparison.Ordinal);
    }
}
