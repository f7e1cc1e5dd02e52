namespace InfluenceGraph.Api.Tests;

public class GraphApiTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task Paths_between_two_people_walk_the_graph_with_evidence_on_every_edge()
    {
        var result = await api.GetJsonAsync("/api/paths?from=Dana%20Kowalczyk&to=person:gloria-amsel&maxHops=3");

        Assert.Equal("person:dana-kowalczyk", result.GetProperty("from").GetString());
        var paths = result.GetProperty("paths").EnumerateArray().ToList();
        Assert.NotEmpty(paths);
        var shortest = paths[0];
        Assert.Equal(2, shortest.GetProperty("hops").GetInt32());
        Assert.Equal("person:dana-kowalczyk", shortest.GetProperty("nodes")[0].GetProperty("id").GetString());
        Assert.Equal("person:gloria-amsel", shortest.GetProperty("nodes")[2].GetProperty("id").GetString());
        Assert.All(shortest.GetProperty("edges").EnumerateArray(), e => Assert.NotEmpty(e.GetProperty("evidence").EnumerateArray()));
        Assert.True(paths.Select(p => p.GetProperty("hops").GetInt32()).SequenceEqual(paths.Select(p => p.GetProperty("hops").GetInt32()).Order()));
    }

    [Fact]
    public async Task The_timeline_of_an_entity_is_in_date_order_within_the_window()
    {
        var page = await api.GetJsonAsync("/api/timeline?entity=ICE&from=2018-06-01&to=2018-06-30");

        var starts = page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("date").GetProperty("start").GetString()!).ToList();
        Assert.NotEmpty(starts);
        Assert.Equal(starts.Order(StringComparer.Ordinal), starts);
        Assert.All(starts, s => Assert.InRange(string.CompareOrdinal(s, "2018-05-01"), 0, int.MaxValue));
        var followUps = await api.GetJsonAsync("/api/timeline?kind=FollowUp&status=Held");
        Assert.All(followUps.GetProperty("items").EnumerateArray(), e => Assert.Equal("FollowUp", e.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task An_event_is_found_by_its_id()
    {
        var meeting = await api.GetJsonAsync("/api/events/meeting:2018-06-12-amazon-web-services-us-immigration-and-customs-enforcement");

        Assert.Equal("Held", meeting.GetProperty("status").GetString());
        Assert.Equal("Day", meeting.GetProperty("date").GetProperty("precision").GetString());
    }

    [Theory]
    [InlineData("/api/paths?from=AWS", 400, "to")]
    [InlineData("/api/paths?from=AWS&to=ICE&maxHops=9", 400, "maxHops")]
    [InlineData("/api/paths?from=AWS&to=Nobody%20Anywhere", 404, "to")]
    [InlineData("/api/timeline?status=Maybe", 400, "status")]
    [InlineData("/api/timeline?to=June", 400, "to")]
    [InlineData("/api/events/meeting:never", 404, null)]
    public async Task Bad_requests_are_problem_details(string url, int status, string? parameter)
    {
        var (actual, problem, contentType) = await api.GetProblemAsync(url);

        Assert.Equal(status, actual);
        Assert.Equal("application/problem+json", contentType);
        if (parameter is not null) Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }
}
