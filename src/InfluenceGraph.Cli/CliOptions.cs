using System.CommandLine;
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

    /// <exception cref="InvalidOperationException">The configured provider is not one this build has.</exception>
    public static SqliteGraphStore OpenStore(IConfiguration configuration)
    {
        var provider = configuration["Storage:Provider"] ?? "Sqlite";
        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Storage:Provider is '{provider}'; this command supports 'Sqlite'.");
        }
        var options = configuration.GetSection(SqliteStoreOptions.Section).Get<SqliteStoreOptions>() ?? new SqliteStoreOptions();
        return new SqliteGraphStore(options);
    }

    public static SqliteGraphStore OpenStore(ParseResult parse) => OpenStore(Configuration(parse));
}
