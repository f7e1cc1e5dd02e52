using System.CommandLine;
using InfluenceGraph.Core;

namespace InfluenceGraph.Cli;

/// <summary><c>influencegraph sync</c>: copies the embedded store into Neo4j; running it again copies only what is new.</summary>
internal static class SyncCommand
{
    public static Command Create()
    {
        var command = new Command("sync", "Copy the embedded store (--db or Storage:Sqlite:Path) into the Neo4j that Storage:Neo4j describes: "
            + "documents with their facts and evidence, then editors' decisions. Safe to run again.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = CliOptions.Configuration(parse);
            using var source = CliOptions.OpenSqlite(configuration);
            OpenedStore target;
            try
            {
                target = await CliOptions.OpenNeo4jAsync(configuration, cancellationToken);
            }
            catch (Exception ex) when (ex is InvalidOperationException or Storage.Neo4j.Neo4jStoreException)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return 2;
            }
            using (target)
            {
                var progress = new Progress<int>(n => { if (n % 500 == 0) Console.WriteLine($"{n} documents…"); });
                var summary = await StoreCopy.CopyAsync(source, target.Store, progress, cancellationToken);
                Console.WriteLine($"Copied {source.DatabasePath} to {target.Where}: {summary.DocumentsCopied} documents copied, "
                    + $"{summary.DocumentsAlreadyThere} already there, {summary.ReviewsCopied} review decisions copied.");
                return 0;
            }
        });
        return command;
    }
}
