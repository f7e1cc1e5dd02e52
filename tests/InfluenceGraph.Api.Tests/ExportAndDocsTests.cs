using System.Text.Json;
using System.Xml.Linq;

namespace InfluenceGraph.Api.Tests;

public class ExportAndDocsTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Theory]
    [InlineData("cytoscape", "application/json")]
    [InlineData("node-link", "application/json")]
    [InlineData("graphml", "application/graphml+xml")]
    [InlineData("gexf", "application/gexf+xml")]
    [InlineData("ftm", "application/x-ndjson")]
    [InlineData("csv-nodes", "text/csv")]
    [InlineData("csv-edges", "text/csv")]
    public async Task Each_export_format_is_served_and_parses(string format, string contentType)
    {
        using var client = api.CreateClient();
        var response = await client.GetAsync(new Uri($"/api/export/{format}?entity=ICE&depth=2", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, body);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        switch (format)
        {
            case "cytoscape":
                Assert.Contains(JsonDocument.Parse(body).RootElement.GetProperty("elements").GetProperty("nodes").EnumerateArray(),
                    n => n.GetProperty("data").GetProperty("id").GetString() == "agency:us-immigration-and-customs-enforcement");
                break;
            case "node-link":
                Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("links").GetArrayLength() > 0);
                break;
            case "graphml" or "gexf":
                var xml = XDocument.Parse(body);
                Assert.Contains(xml.Descendants(), e => e.Name.LocalName == "node" && (string?)e.Attribute("id") == "agency:us-immigration-and-customs-enforcement");
                Assert.Contains(xml.Descendants(), e => e.Name.LocalName == "edge");
                break;
            case "ftm":
                var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
                Assert.Contains(lines, l => l.GetProperty("schema").GetString() == "PublicBody" && l.GetProperty("id").GetString() == "agency:us-immigration-and-customs-enforcement");
                Assert.Contains(lines, l => l.GetProperty("schema").GetString() == "Event" && l.GetProperty("properties").GetProperty("involved").GetArrayLength() > 0);
                break;
            default:
                var rows = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.StartsWith("id,", rows[0], StringComparison.Ordinal);
                Assert.True(rows.Length > 2);
                break;
        }
    }

    [Fact]
    public async Task The_whole_graph_exports_without_an_entity()
    {
        var graph = await api.GetJsonAsync("/api/export/node-link");

        Assert.True(graph.GetProperty("nodes").GetArrayLength() > 50);
    }

    [Fact]
    public async Task An_unknown_format_is_a_bad_request()
    {
        var (status, problem, _) = await api.GetProblemAsync("/api/export/pdf");

        Assert.Equal(400, status);
        Assert.Equal("format", problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        var document = await api.GetJsonAsync("/swagger/v1/swagger.json");

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/documents", "/api/documents/search", "/api/documents/{id}", "/api/documents/{id}/thread", "/api/entities", "/api/entities/{id}",
                     "/api/entities/{id}/neighbourhood", "/api/paths", "/api/timeline", "/api/meetings", "/api/events/{id}", "/api/export/{format}" })
        {
            Assert.True(paths.TryGetProperty(path, out var operations), path);
            foreach (var operation in operations.EnumerateObject())
            {
                Assert.False(string.IsNullOrWhiteSpace(operation.Value.GetProperty("description").GetString()), $"{operation.Name} {path} has no description");
            }
        }
    }

    [Fact]
    public async Task Browsers_from_a_configured_origin_may_call_the_api()
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/entities?q=ICE");
        request.Headers.Add("Origin", "http://localhost:3000");
        request.Headers.Add("Access-Control-Request-Method", "GET");

        var response = await client.SendAsync(request);

        Assert.Equal("http://localhost:3000", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}
