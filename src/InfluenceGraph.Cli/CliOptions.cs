using System.CommandLine;
using InfluenceGraph.Core;
using InfluenceGraph.Storage.Neo4j;
using InfluenceGraph.Storage.Sqlite;
using Microsoft.Extensions.Configuration;

namespace InfluenceGraph.Cli;

/// <summary>Options every command shares, and the one place the store is chosen.</summary>
internal static class CliOptions
{
    public static readonly Option<string?> Database = new("--db")
    {
        Description = "The embedded store's database file (overrides Storage:Sqlite:Path).",
        Recursive = true,
    };

    /// <summary>
    /// appsettings.json beside the program, then INFLUENCEGRAPH_-prefixed environment variables
    /// (INFLUENCEGRAPH_Storage__Sqlite__Path), then --db.
    /// </summary>
    public static IConfiguration Configuration(ParseResult parse)
    {
        var builder = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables("INFLUENCEGRAPH_");
        if (parse.GetValue(Database) is { } db) builder.AddInMemoryCollection([new(SqliteStoreOptions.Section + ":Path", db)]);
        return builder.Build();
    }

    /// <summary>The store <c>Storage:Provider</c> names: the embedded one unless Neo4j is chosen.</summary>
    /// <exception cref="InvalidOperationException">The provider is unknown, or Neo4j is chosen without a URL.</exception>
    public static async Task<OpenedStore> OpenStoreAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var provider = configuration["Storage:Provider"] ?? "Sqlite";
        if (provider.Equals("Neo4j", StringComparison.OrdinalIgnoreCase)) return await OpenNeo4jAsync(configuration, cancellationToken);
        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Storage:Provider is '{provider}'; it must be 'Sqlite' or 'Neo4j'.");
        }
        var sqlite = OpenSqlite(configuration);
        return new OpenedStore(sqlite, sqlite.DatabasePath, sqlite);
    }

    public static SqliteGraphStore OpenSqlite(IConfiguration configuration) =>
        new(configuration.GetSection(SqliteStoreOptions.Section).Get<SqliteStoreOptions>() ?? new SqliteStoreOptions());

    /// <summary>Neo4j as <c>Storage:Neo4j</c> describes it, with its schema in place.</summary>
    public static async Task<OpenedStore> OpenNeo4jAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var options = configuration.GetSection(Neo4jStoreOptions.Section).Get<Neo4jStoreOptions>() ?? new Neo4jStoreOptions();
        if (options.Url is null)
        {
            throw new InvalidOperationException("Neo4j is not configured: set INFLUENCEGRAPH_Storage__Neo4j__Url (and __User, __Password or __Token, __Database).");
        }
        var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        var store = new Neo4jGraphStore(new QueryApiRunner(http, options));
        await store.EnsureSchemaAsync(cancellationToken);
        return new OpenedStore(store, options.Where, http);
    }

    public static Task<OpenedStore> OpenStoreAsync(ParseResult parse, CancellationToken cancellationToken) => OpenStoreAsync(Configuration(parse), cancellationToken);
}

/// <summary>A store a command works on, where it is (for messages), and what to close after.</summary>
internal sealed class OpenedStore(IGraphStore store, string where, IDisposable? owned) : IDisposable
{
    public IGraphStore Store { get; } = store;

    public string Where { get; } = where;

    public void Dispose() => owned?.Dispose();
}
