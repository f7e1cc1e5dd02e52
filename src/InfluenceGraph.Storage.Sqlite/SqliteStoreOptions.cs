namespace InfluenceGraph.Storage.Sqlite;

/// <summary>Bound from the <c>Storage:Sqlite</c> configuration section.</summary>
public sealed class SqliteStoreOptions
{
    public const string Section = "Storage:Sqlite";

    /// <summary>The database file; its folder is created when missing. Relative paths are taken from the working directory.</summary>
    public string Path { get; set; } = "data/influencegraph.db";
}
