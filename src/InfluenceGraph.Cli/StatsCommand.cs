using System.CommandLine;
using InfluenceGraph.Core;

namespace InfluenceGraph.Cli;

/// <summary><c>influencegraph stats</c>: what the graph holds.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var command = new Command("stats", "Counts of documents, entities by kind, events by kind and relations.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var opened = await CliOptions.OpenStoreAsync(parse, cancellationToken);
            var stats = await opened.Store.GetStatsAsync(cancellationToken);
            Console.WriteLine($"Store: {opened.Where}");
            Print("Documents", stats.Documents, stats.DocumentsByKind);
            Print("Entities", stats.EntitiesByKind.Values.Sum(), stats.EntitiesByKind);
            Print("Events", stats.EventsByKind.Values.Sum(), stats.EventsByKind);
            Print("Relations", stats.RelationsByKind.Values.Sum() + stats.Participations,
                stats.RelationsByKind.Select(r => KeyValuePair.Create(Ids.Prefix(r.Key), r.Value)).Append(KeyValuePair.Create("participated-in", stats.Participations)));
            Console.WriteLine($"{"Evidence records",-18}{stats.EvidenceRecords,8}");
            return 0;
        });
        return command;
    }

    private static void Print<TKey>(string title, int total, IEnumerable<KeyValuePair<TKey, int>> byKind)
    {
        Console.WriteLine($"{title,-18}{total,8}");
        foreach (var (kind, count) in byKind) Console.WriteLine($"  {kind,-16}{count,8}");
    }
}
