using System.Diagnostics;
using System.Text.Json;
using InfluenceGraph.Storage.Neo4j;

namespace InfluenceGraph.Storage.Tests;

/// <summary>
/// Every statement the Neo4j store can send goes through Neo4j's own Cypher front-end
/// (@neo4j-cypher/language-support, installed by .ci/run into tools/cypher-lint): a syntax or
/// semantic error in any of them fails here, with no Neo4j server needed.
/// </summary>
public sealed class CypherIsValidTests
{
    private static readonly string Tool = Path.Combine(RepositoryRoot(), "tools", "cypher-lint");

    [SkippableFact]
    public async Task Every_statement_the_Neo4j_store_sends_passes_Neo4js_parser_and_semantic_checks()
    {
        var installed = Directory.Exists(Path.Combine(Tool, "node_modules", "@neo4j-cypher", "language-support"));
        Skip.If(!installed && Environment.GetEnvironmentVariable("INFLUENCEGRAPH_REQUIRE_CYPHER_LINT") != "1",
            $"Neo4j's Cypher front-end is not installed: run `npm ci --prefix {Tool}` (CI does).");

        var statements = Cypher.All;
        var input = Path.GetTempFileName();
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(statements));
        var start = new ProcessStartInfo("node", [Path.Combine(Tool, "lint.mjs"), input]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var node = Process.Start(start)!;
        var output = await node.StandardOutput.ReadToEndAsync();
        var errors = await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        File.Delete(input);

        var failures = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith('{'))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(r => r.GetProperty("errors").GetArrayLength() > 0)
            .Select(r => $"statement {r.GetProperty("index").GetInt32()}: {r.GetProperty("errors")}\n{statements[r.GetProperty("index").GetInt32()]}")
            .ToList();
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.True(node.ExitCode == 0, $"the linter failed: {errors}{output}");
        Assert.Contains($"{statements.Count} valid, 0 with errors", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_linter_does_catch_a_broken_statement()
    {
        Skip.If(!Directory.Exists(Path.Combine(Tool, "node_modules")) && Environment.GetEnvironmentVariable("INFLUENCEGRAPH_REQUIRE_CYPHER_LINT") != "1",
            "Neo4j's Cypher front-end is not installed.");
        var input = Path.GetTempFileName();
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(new[] { "MATCH (n:Entity {id: $id}) RETURN m.name AS name" }));
        using var node = Process.Start(new ProcessStartInfo("node", [Path.Combine(Tool, "lint.mjs"), input]) { RedirectStandardOutput = true })!;
        var output = await node.StandardOutput.ReadToEndAsync();
        await node.WaitForExitAsync();
        File.Delete(input);
        Assert.Equal(1, node.ExitCode);
        Assert.Contains("Variable `m` not defined", output, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "InfluenceGraph.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("The repository root (InfluenceGraph.sln) is not above the test binaries.");
    }
}
