using System.CommandLine;
using InfluenceGraph.Cli;
using InfluenceGraph.Storage.Neo4j;

var root = new RootCommand("InfluenceGraph: turn articles and emails into a map of who met whom, when, and what followed.");
root.Options.Add(CliOptions.Database);
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(StatsCommand.Create());
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(EvaluateCommand.Create());
root.Subcommands.Add(GenerateCommand.Create());
root.Subcommands.Add(SyncCommand.Create());
try
{
    return await root.Parse(args).InvokeAsync();
}
catch (Exception ex) when (ex is Neo4jStoreException or InvalidOperationException)
{
    // A store that cannot be opened or reached is a setting to fix, not a crash to read.
    await Console.Error.WriteLineAsync(ex.Message);
    return 2;
}
