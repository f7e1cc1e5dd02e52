namespace InfluenceGraph.Api.Tests;

public class EntitiesApiTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task Searching_ICE_finds_the_agency_first()
    {
        var page = await api.GetJsonAsync("/api/entities?q=ICE&kind=Agency");

        Assert.Equal("agency:us-immigration-and-customs-enforcement", page.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal(20, page.GetProperty("limit").GetInt32());
        Assert.True(page.GetProperty("total").GetInt32() >= 1);
    }

    [Fact]
    public async Task An_entity_comes_with_aliases_roles_documents_and_evidence()
    {
        var dana = await api.GetJsonAsync("/api/entities/person:dana-kowalczyk");

        Assert.Equal("Dana Kowalczyk", dana.GetProperty("name").GetString());
        Assert.Contains(dana.GetProperty("aliases").EnumerateArray(), a => a.GetString() == "dana.kowalczyk@aws.example.com");
        Assert.Contains(dana.GetProperty("roles").EnumerateArray(), r => r.GetProperty("targetId").GetString() == "company:amazon-web-services");
        Assert.True(dana.GetProperty("documentCount").GetInt32() >= 4);
        Assert.Equal(dana.GetProperty("documentCount").GetInt32(), dana.GetProperty("documents").GetArrayLength());
        Assert.NotEmpty(dana.GetProperty("evidence").EnumerateArray());
    }

    [Fact]
    public async Task A_neighbourhood_is_nodes_and_edges_within_the_depth_asked()
    {
        var one = await api.GetJsonAsync("/api/entities/company:amazon-web-services/neighbourhood?depth=1");
        var two = await api.GetJsonAsync("/api/entities/company:amazon-web-services/neighbourhood?depth=2");

        Assert.All(one.GetProperty("nodes").EnumerateArray(), n => Assert.InRange(n.GetProperty("distance").GetInt32(), 0, 1));
        Assert.True(two.GetProperty("nodes").GetArrayLength() > one.GetProperty("nodes").GetArrayLength());
        Assert.Contains(two.GetProperty("edges").EnumerateArray(), e => e.GetProperty("type").GetString() == "participated-in");
    }

    [Theory]
    [InlineData("/api/entities/agency:no-such-agency", 404, null)]
    [InlineData("/api/entities/agency:no-such-agency/neighbourhood", 404, null)]
    [InlineData("/api/entities/company:amazon-web-services/neighbourhood?depth=4", 400, "depth")]
    [InlineData("/api/entities?q=ICE&kind=Planet", 400, "kind")]
    [InlineData("/api/entities", 400, "q")]
    [InlineData("/api/entities?q=ICE&offset=-1", 400, "offset")]
    public async Task Bad_requests_are_problem_details(string url, int status, string? parameter)
    {
        var (actual, problem, contentType) = await api.GetProblemAsync(url);

        Assert.Equal(status, actual);
        Assert.Equal("application/problem+json", contentType);
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        if (parameter is not null) Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }
}
