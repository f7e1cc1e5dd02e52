using InfluenceGraph.Core;
using InfluenceGraph.Storage.Neo4j;

namespace InfluenceGraph.Storage.Tests;

/// <summary>
/// The store contract against a live Neo4j, when NEO4J_URL (with NEO4J_USER and NEO4J_PASSWORD, or
/// NEO4J_TOKEN; NEO4J_DATABASE for another database than neo4j) names one; skipped, saying so,
/// when it does not. Each test empties the database first, so point it at a scratch database.
/// </summary>
public sealed class Neo4jGraphStoreTests : GraphStoreContract, IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    public static Neo4jStoreOptions? LiveOptions()
    {
        var url = Environment.GetEnvironmentVariable("NEO4J_URL");
        if (string.IsNullOrWhiteSpace(url)) return null;
        return new Neo4jStoreOptions
        {
            Url = new Uri(url),
            User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
            Token = Environment.GetEnvironmentVariable("NEO4J_TOKEN"),
            Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
        };
    }

    protected override IGraphStore CreateStore()
    {
        var options = LiveOptions();
        Skip.If(options is null, "NEO4J_URL is not set: the store contract did not run against Neo4j (see docs/neo4j.md to run it).");
        var runner = new QueryApiRunner(_http, options!);
        runner.RunAsync("MATCH (n) DETACH DELETE n", new Dictionary<string, object?>()).GetAwaiter().GetResult();
        var store = new Neo4jGraphStore(runner);
        store.EnsureSchemaAsync().GetAwaiter().GetResult();
        return store;
    }

    public void Dispose() => _http.Dispose();
}
