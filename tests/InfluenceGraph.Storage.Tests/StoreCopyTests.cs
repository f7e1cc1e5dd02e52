using InfluenceGraph.Core;
using InfluenceGraph.Storage.Sqlite;

namespace InfluenceGraph.Storage.Tests;

/// <summary>The copy behind <c>influencegraph sync</c>, between two embedded stores through the same contract Neo4j answers.</summary>
public sealed class StoreCopyTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("influencegraph-copy-").FullName;

    [Fact]
    public async Task A_copy_carries_documents_facts_evidence_and_reviews_and_a_second_copy_adds_nothing()
    {
        var source = new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(_folder, "laptop.db") });
        var target = new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(_folder, "server.db") });
        var built = Documents.AwsMeetsIce();
        var result = built.Build();
        await source.StoreAsync(result);
        await source.StoreAsync(Documents.Article("ICE declined to comment. U.S. Immigration and Customs Enforcement said nothing.", title: "No comment")
            .Entity(EntityKind.Agency, "U.S. Immigration and Customs Enforcement", "U.S. Immigration and Customs Enforcement", "ICE").Build());
        await source.ReviewAsync(new ReviewDecision(built.EventId(0), ReviewStatus.Confirmed, "editor-ana", "FOIA p. 12"));
        var leeAtAws = result.Relations.Single(r => r.Kind == RelationKind.WorksFor && r.SourceId == Documents.Lee).Id;
        await source.ReviewAsync(new ReviewDecision(leeAtAws, ReviewStatus.Rejected, "editor-ana", null));

        var first = await StoreCopy.CopyAsync(source, target);
        Assert.Equal(new CopySummary(2, 0, 2), first);
        Assert.Equivalent(await source.GetStatsAsync(), await target.GetStatsAsync());
        Assert.Equal(await source.GetEntityAsync(Documents.Ice), await target.GetEntityAsync(Documents.Ice), EntityComparer.Instance);
        var meeting = await target.GetEventAsync(built.EventId(0));
        Assert.Equal((await source.GetEventAsync(built.EventId(0)))!.Evidence, meeting!.Evidence);
        Assert.Equal(ReviewStatus.Confirmed, meeting.Review?.Status);
        Assert.Equal("FOIA p. 12", meeting.Review?.Note);
        Assert.DoesNotContain(await target.GetRelationsAsync(Documents.Lee), r => r.Id == leeAtAws);

        var second = await StoreCopy.CopyAsync(source, target);
        Assert.Equal(new CopySummary(0, 2, 0), second);
        Assert.Equal(2, (await target.GetAuditLogAsync(new AuditQuery())).Total);
    }

    /// <summary>Entities compare by what they say, not by list identity.</summary>
    private sealed class EntityComparer : IEqualityComparer<Entity?>
    {
        public static readonly EntityComparer Instance = new();

        public bool Equals(Entity? x, Entity? y) => x is not null && y is not null && x.Id == y.Id && x.Kind == y.Kind && x.Name == y.Name
            && x.Aliases.SequenceEqual(y.Aliases) && x.Evidence.SequenceEqual(y.Evidence) && x.MergeReasons.SequenceEqual(y.MergeReasons);

        public int GetHashCode(Entity? obj) => obj?.Id.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
