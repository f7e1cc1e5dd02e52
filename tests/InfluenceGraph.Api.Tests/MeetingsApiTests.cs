using System.Text.Json;

namespace InfluenceGraph.Api.Tests;

public class MeetingsApiTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task AWS_met_ICE_on_2018_06_12_with_its_people_in_the_room_and_the_follow_up_after()
    {
        var page = await api.GetJsonAsync("/api/meetings?vendor=AWS&agency=ICE");

        // The emails asking for the June 12 meeting tell the same meeting: one item, the one held.
        var onTheDay = page.GetProperty("items").EnumerateArray()
            .Where(m => m.GetProperty("meeting").GetProperty("date") is { ValueKind: JsonValueKind.Object } date && date.GetProperty("iso").GetString() == "2018-06-12").ToList();
        var meeting = Assert.Single(onTheDay);
        Assert.Equal("Held", meeting.GetProperty("meeting").GetProperty("status").GetString());
        var vendor = Assert.Single(meeting.GetProperty("vendors").EnumerateArray());
        Assert.Equal("Amazon Web Services", vendor.GetProperty("name").GetString());
        Assert.Contains(vendor.GetProperty("people").EnumerateArray(), p => p.GetProperty("name").GetString() == "Dana Kowalczyk");
        var agency = meeting.GetProperty("agencies").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "agency:us-immigration-and-customs-enforcement");
        Assert.Contains(agency.GetProperty("people").EnumerateArray(), p => p.GetProperty("name").GetString() == "Gloria Amsel");
        Assert.All(meeting.GetProperty("meeting").GetProperty("evidence").EnumerateArray(), e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("quote").GetString())));

        var followUp = meeting.GetProperty("followUps").EnumerateArray().First();
        Assert.Equal("2018-06-15", followUp.GetProperty("followUp").GetProperty("date").GetProperty("iso").GetString());
        Assert.Equal(3, followUp.GetProperty("daysAfter").GetInt32());
        Assert.Contains(followUp.GetProperty("from").EnumerateArray(), p => p.GetProperty("name").GetString() == "Dana Kowalczyk");
        Assert.NotEmpty(followUp.GetProperty("proposed").EnumerateArray());
        Assert.Contains(followUp.GetProperty("products").EnumerateArray(), p => p.GetProperty("name").GetString()!.StartsWith("Rekognition", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_filters_every_vendor_agency_meeting_comes_in_date_order()
    {
        var page = await api.GetJsonAsync("/api/meetings?limit=200");

        var dates = page.GetProperty("items").EnumerateArray()
            .Select(m => m.GetProperty("meeting").GetProperty("date"))
            .Where(d => d.ValueKind == JsonValueKind.Object)
            .Select(d => d.GetProperty("start").GetString()!).ToList();
        Assert.True(dates.Count >= 5, string.Join(", ", dates));
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.All(page.GetProperty("items").EnumerateArray(), m =>
        {
            Assert.NotEmpty(m.GetProperty("vendors").EnumerateArray());
            Assert.NotEmpty(m.GetProperty("agencies").EnumerateArray());
        });
    }

    [Theory]
    [InlineData("/api/meetings?vendor=No%20Such%20Vendor%20Corp", 404, "vendor")]
    [InlineData("/api/meetings?from=2018-13-01", 400, "from")]
    [InlineData("/api/meetings?from=2019-01-01&to=2018-01-01", 400, "from")]
    [InlineData("/api/meetings?limit=1000", 400, "limit")]
    public async Task Bad_parameters_are_problem_details_naming_the_parameter(string url, int status, string parameter)
    {
        var (actual, problem, contentType) = await api.GetProblemAsync(url);

        Assert.Equal(status, actual);
        Assert.Equal("application/problem+json", contentType);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Contains(parameter, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
