using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace InfluenceGraph.Api.Tests;

public class DocumentsApiTests(SeededApi api) : IClassFixture<SeededApi>
{
    private static MultipartFormDataContent File(string name, byte[] content)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        return form;
    }

    [Fact]
    public async Task Uploading_a_file_returns_what_was_extracted_and_uploading_it_again_changes_nothing()
    {
        using var client = api.ClientWithKey(SeededApi.EditorKey);
        var text = Encoding.UTF8.GetBytes("Title: Drone demo\nPublished: 2022-05-20\n\nSkyReach Robotics LLC demonstrated its drones to the Harbor City Police Department on May 17.\n");

        var first = await client.PostAsync(new Uri("/api/documents", UriKind.Relative), File("demo.txt", text));
        var second = await client.PostAsync(new Uri("/api/documents", UriKind.Relative), File("demo.txt", text));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var body = (await first.Content.ReadFromJsonAsync<JsonElement>())[0];
        Assert.Equal("Stored", body.GetProperty("outcome").GetString());
        Assert.Equal("upload:demo.txt", body.GetProperty("document").GetProperty("origin").GetString());
        Assert.Contains(body.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == "SkyReach Robotics");
        var meeting = body.GetProperty("events").EnumerateArray().Single();
        Assert.Equal("2022-05-17", meeting.GetProperty("date").GetProperty("iso").GetString());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("AlreadyStored", (await second.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("outcome").GetString());
        Assert.Equal(first.Headers.Location, new Uri($"/api/documents/{Uri.EscapeDataString(body.GetProperty("document").GetProperty("id").GetString()!)}", UriKind.Relative));
    }

    [Fact]
    public async Task An_article_can_be_posted_as_json()
    {
        using var client = api.ClientWithKey(SeededApi.EditorKey);

        var response = await client.PostAsJsonAsync(new Uri("/api/documents", UriKind.Relative),
            new { title = "Council hears vendor", text = "Flock Safety presented to the Millbrook City Council on Tuesday.", published = "2022-10-06", source = "Millbrook Ledger" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonElement>())[0];
        Assert.Contains(body.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == "Flock Safety");
        Assert.Contains(body.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == "Millbrook Ledger");
    }

    [Theory]
    [InlineData("report.pdf", 20, 415)]
    [InlineData("empty.eml", 0, 422)]
    [InlineData("huge.txt", 17 * 1024 * 1024, 413)]
    public async Task Bad_uploads_are_refused_with_problem_details(string name, int size, int status)
    {
        using var client = api.ClientWithKey(SeededApi.EditorKey);
        var content = Enumerable.Repeat((byte)'a', size).ToArray();

        var response = await client.PostAsync(new Uri("/api/documents", UriKind.Relative), File(name, content));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task A_json_article_without_text_is_a_bad_request_naming_the_field()
    {
        using var client = api.ClientWithKey(SeededApi.EditorKey);

        var response = await client.PostAsJsonAsync(new Uri("/api/documents", UriKind.Relative), new { title = "No body" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Documents_are_listed_in_pages_and_found_by_their_words()
    {
        var page = await api.GetJsonAsync("/api/documents?limit=5&kind=Email");
        var hits = await api.GetJsonAsync("/api/documents/search?q=Rekognition%20video");

        Assert.Equal(5, page.GetProperty("items").GetArrayLength());
        Assert.True(page.GetProperty("total").GetInt32() >= 20);
        Assert.All(page.GetProperty("items").EnumerateArray(), d => Assert.Equal("Email", d.GetProperty("kind").GetString()));
        Assert.True(hits.GetProperty("total").GetInt32() >= 1);
        Assert.Contains("[", hits.GetProperty("items")[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_comes_with_its_text_and_the_spans_of_what_was_found()
    {
        var hits = await api.GetJsonAsync("/api/documents/search?q=action%20items%20Rekognition");
        var id = hits.GetProperty("items")[0].GetProperty("document").GetProperty("id").GetString()!;

        var detail = await api.GetJsonAsync($"/api/documents/{Uri.EscapeDataString(id)}");
        var thread = await api.GetJsonAsync($"/api/documents/{Uri.EscapeDataString(id)}/thread");

        var text = detail.GetProperty("document").GetProperty("text").GetString()!;
        var facts = detail.GetProperty("facts").EnumerateArray().ToList();
        Assert.NotEmpty(facts);
        Assert.All(facts, f =>
        {
            var e = f.GetProperty("evidence");
            Assert.InRange(e.GetProperty("start").GetInt32() + e.GetProperty("length").GetInt32(), 1, text.Length);
        });
        if (detail.GetProperty("document").GetProperty("kind").GetString() == "Email") Assert.True(thread.GetArrayLength() >= 1);
    }

    [Theory]
    [InlineData("/api/documents/email:nothing-here", 404)]
    [InlineData("/api/documents/email:nothing-here/thread", 404)]
    [InlineData("/api/documents/search", 400)]
    [InlineData("/api/documents?kind=Fax", 400)]
    public async Task Bad_requests_are_problem_details(string url, int status)
    {
        var (actual, _, contentType) = await api.GetProblemAsync(url);

        Assert.Equal(status, actual);
        Assert.Equal("application/problem+json", contentType);
    }
}
