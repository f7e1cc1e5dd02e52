using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace InfluenceGraph.Api.Tests;

/// <summary>The API over a fresh database file of its own, seeded from the repository's seed/ on start.</summary>
public sealed class SeededApi : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("influencegraph-api-").FullName;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Sqlite:Path", Path.Combine(_folder, "graph.db"));
        builder.UseSetting("Seed:Path", FindSeed());
        builder.UseSetting("Cors:Origins:0", "http://localhost:3000");
        foreach (var (name, key, role) in Keys)
        {
            builder.UseSetting($"Auth:Keys:{name}:Hash", ApiKeys.Hash(key));
            builder.UseSetting($"Auth:Keys:{name}:Role", role);
        }
        foreach (var (setting, value) in _settings) builder.UseSetting(setting, value);
    }

    public const string EditorKey = "test-editor-key-0123456789";
    public const string ReaderKey = "test-reader-key-0123456789";
    public const string AdminKey = "test-admin-key-0123456789";

    private static readonly (string Name, string Key, string Role)[] Keys = [("ana-editor", EditorKey, "Editor"), ("rui-reader", ReaderKey, "Reader"), ("ops-admin", AdminKey, "Admin")];

    private readonly Dictionary<string, string> _settings = [];

    /// <summary>A setting for this API only, before it starts.</summary>
    public SeededApi With(string setting, string value)
    {
        _settings[setting] = value;
        return this;
    }

    /// <summary>A client that sends an API key with every request.</summary>
    public HttpClient ClientWithKey(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, key);
        return client;
    }

    public async Task<JsonElement> GetJsonAsync(string url)
    {
        using var client = CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public async Task<(int Status, JsonElement Problem, string ContentType)> GetProblemAsync(string url)
    {
        using var client = CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return ((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(), response.Content.Headers.ContentType?.MediaType ?? "");
    }

    private static string FindSeed()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InfluenceGraph.sln"))) return Path.Combine(dir.FullName, "seed");
        }
        throw new DirectoryNotFoundException("seed/");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
