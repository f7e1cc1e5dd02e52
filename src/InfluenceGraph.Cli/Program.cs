using System.CommandLine;
using InfluenceGraph.Cli;

var root = new RootCommand("InfluenceGraph: turn articles and emails into a map of who met whom, when, and what followed.");
root.Options.Add(CliOptions.Database);
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(StatsCommand.Create());
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(EvaluateCommand.Create());
root.Subcommands.Add(GenerateCommand.Create());
return await root.Parse(args).InvokeAsync();
