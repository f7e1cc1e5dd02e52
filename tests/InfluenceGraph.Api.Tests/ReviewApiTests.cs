using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace InfluenceGraph.Api.Tests;

public sealed class ReviewApiTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string Meeting = "meeting:2018-06-12-amazon-web-services-us-immigration-and-customs-enforcement";

    private static Uri Review(string factId) => new($"/api/review/{Uri.EscapeDataString(factId)}", UriKind.Relative);

    [Fact]
    public async Task An_editor_confirms_a_meeting_and_the_decision_shows_on_the_event_the_meetings_report_and_the_audit_log()
    {
        using var editor = api.ClientWithKey(SeededApi.EditorKey);

        var response = await editor.PutAsJsonAsync(Review(Meeting), new { status = "Confirmed", note = "matches the FOIA release" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ev = await api.GetJsonAsync($"/api/events/{Uri.EscapeDataString(Meeting)}");
        Assert.Equal("Confirmed", ev.GetProperty("review").GetProperty("status").GetString());
        Assert.Equal("ana-editor", ev.GetProperty("review").GetProperty("reviewer").GetString());
        var confirmed = await api.GetJsonAsync("/api/meetings?agency=ICE&review=confirmed");
        Assert.Contains(confirmed.GetProperty("items").EnumerateArray(), m => m.GetProperty("meeting").GetProperty("id").GetString() == Meeting);
        var audit = await api.GetJsonAsync($"/api/audit?factId={Uri.EscapeDataString(Meeting)}");
        var entry = audit.GetProperty("items")[0];
        Assert.Equal("ana-editor", entry.GetProperty("actor").GetString());
        Assert.Equal("matches the FOIA release", entry.GetProperty("note").GetString());
    }

    [Fact]
    public async Task A_rejected_follow_up_leaves_the_default_report_but_is_kept_for_review_all()
    {
        using var editor = api.ClientWithKey(SeededApi.EditorKey);
        var report = await api.GetJsonAsync("/api/meetings?agency=ICE");
        var meeting = report.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("meeting").GetProperty("id").GetString() == Meeting);
        var followUp = meeting.GetProperty("followUps")[0].GetProperty("followUp").GetProperty("id").GetString()!;

        (await editor.PutAsJsonAsync(Review(followUp), new { status = "Rejected", note = "a different thread" })).EnsureSuccessStatusCode();

        var after = await api.GetJsonAsync("/api/meetings?agency=ICE");
        Assert.DoesNotContain(after.GetProperty("items").EnumerateArray().SelectMany(m => m.GetProperty("followUps").EnumerateArray()),
            f => f.GetProperty("followUp").GetProperty("id").GetString() == followUp);
        var all = await api.GetJsonAsync("/api/meetings?agency=ICE&review=all");
        Assert.Contains(all.GetProperty("items").EnumerateArray().SelectMany(m => m.GetProperty("followUps").EnumerateArray()),
            f => f.GetProperty("followUp").GetProperty("id").GetString() == followUp);
        (await editor.PutAsJsonAsync(Review(followUp), new { status = "Unreviewed" })).EnsureSuccessStatusCode();
    }

    [Theory]
    [InlineData(null, 401, "X-Api-Key")]
    [InlineData("not-a-key-this-server-knows", 401, "not one this server knows")]
    [InlineData(SeededApi.ReaderKey, 403, "Reader key")]
    public async Task Only_an_editor_key_may_review_and_refusals_are_problem_details(string? key, int status, string says)
    {
        using var client = key is null ? api.CreateClient() : api.ClientWithKey(key);

        var response = await client.PutAsJsonAsync(Review(Meeting), new { status = "Rejected" });

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(says, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var ev = await api.GetJsonAsync($"/api/events/{Uri.EscapeDataString(Meeting)}");
        Assert.NotEqual("Rejected", ev.GetProperty("review").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_bad_status_or_unknown_fact_is_a_clear_error()
    {
        using var editor = api.ClientWithKey(SeededApi.EditorKey);
        var bad = await editor.PutAsJsonAsync(Review(Meeting), new { status = "Approved" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("status", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());
        var unknown = await editor.PutAsJsonAsync(Review("meeting:1999-01-01-nobody"), new { status = "Confirmed" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_key_says_who_holds_it_and_only_an_admin_lists_the_holders()
    {
        using var reader = api.ClientWithKey(SeededApi.ReaderKey);
        var me = await reader.GetFromJsonAsync<JsonElement>(new Uri("/api/me", UriKind.Relative));
        Assert.Equal("rui-reader", me.GetProperty("name").GetString());
        Assert.Equal("Reader", me.GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.CreateClient().GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode);

        using var editor = api.ClientWithKey(SeededApi.EditorKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(new Uri("/api/admin/keys", UriKind.Relative))).StatusCode);
        using var admin = api.ClientWithKey(SeededApi.AdminKey);
        var holders = await admin.GetStringAsync(new Uri("/api/admin/keys", UriKind.Relative));
        Assert.Contains("ana-editor", holders, StringComparison.Ordinal);
        Assert.DoesNotContain(SeededApi.EditorKey, holders, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_can_be_closed_to_callers_without_a_key()
    {
        using var closed = new SeededApi().With("Auth:OpenReads", "false");
        Assert.Equal(HttpStatusCode.Unauthorized, (await closed.CreateClient().GetAsync(new Uri("/api/entities?q=ICE", UriKind.Relative))).StatusCode);
        using var reader = closed.ClientWithKey(SeededApi.ReaderKey);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(new Uri("/api/entities?q=ICE", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Writes_beyond_the_limit_are_refused_with_429_and_a_retry_time()
    {
        using var limited = new SeededApi().With("Auth:WritesPerMinute", "2");
        using var editor = limited.ClientWithKey(SeededApi.EditorKey);
        for (var i = 0; i < 2; i++) (await editor.PutAsJsonAsync(Review(Meeting), new { status = "Disputed" })).EnsureSuccessStatusCode();

        var refused = await editor.PutAsJsonAsync(Review(Meeting), new { status = "Confirmed" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_editor_corrects_an_entity_and_the_correction_is_audited()
    {
        using var editor = api.ClientWithKey(SeededApi.EditorKey);
        var search = await api.GetJsonAsync("/api/entities?q=Rekognition%20Video");
        var id = search.GetProperty("items")[0].GetProperty("id").GetString()!;

        var response = await editor.PatchAsJsonAsync(new Uri($"/api/entities/{Uri.EscapeDataString(id)}", UriKind.Relative), new { name = "Amazon Rekognition Video", note = "full name" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Amazon Rekognition Video", (await api.GetJsonAsync($"/api/entities/{Uri.EscapeDataString(id)}")).GetProperty("name").GetString());
        Assert.Equal("correct", (await api.GetJsonAsync($"/api/audit?factId={Uri.EscapeDataString(id)}")).GetProperty("items")[0].GetProperty("action").GetString());
    }

    [Fact]
    public async Task Merging_into_an_unknown_entity_is_not_found_and_merging_an_entity_into_itself_is_a_conflict()
    {
        using var editor = api.ClientWithKey(SeededApi.EditorKey);
        var unknown = await editor.PostAsJsonAsync(new Uri("/api/entities/person:nobody-at-all/merge", UriKind.Relative), new { duplicateId = "person:dana-kowalczyk" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var self = await editor.PostAsJsonAsync(new Uri("/api/entities/person:dana-kowalczyk/merge", UriKind.Relative), new { duplicateId = "person:dana-kowalczyk" });
        Assert.Equal(HttpStatusCode.Conflict, self.StatusCode);
        Assert.Equal("application/problem+json", self.Content.Headers.ContentType?.MediaType);
    }
}
