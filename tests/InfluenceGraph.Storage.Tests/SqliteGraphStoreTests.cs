using InfluenceGraph.Core;
using InfluenceGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace InfluenceGraph.Storage.Tests;

public sealed class SqliteGraphStoreTests : GraphStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("influencegraph-store-").FullName;
    private readonly List<SqliteGraphStore> _stores = [];

    protected override IGraphStore CreateStore()
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(_folder, $"{_stores.Count}", "graph.db") });
        _stores.Add(store);
        return store;
    }

    [Fact]
    public void The_database_is_a_real_file_in_wal_mode_created_with_its_folder()
    {
        var store = (SqliteGraphStore)CreateStore();
        Assert.True(File.Exists(store.DatabasePath));
        using var connection = new SqliteConnection($"Data Source={store.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public async Task Reopening_the_file_keeps_what_was_stored()
    {
        var path = Path.Combine(_folder, "reopen", "graph.db");
        using (var first = new SqliteGraphStore(new SqliteStoreOptions { Path = path }))
        {
            await first.StoreAsync(Documents.AwsMeetsIce().Build());
        }
        using var second = new SqliteGraphStore(new SqliteStoreOptions { Path = path });
        Assert.Equal(1, (await second.GetStatsAsync()).Documents);
        Assert.Equal(StoreOutcome.AlreadyStored, await second.StoreAsync(Documents.AwsMeetsIce().Build()));
    }

    public void Dispose()
    {
        foreach (var store in _stores) store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
