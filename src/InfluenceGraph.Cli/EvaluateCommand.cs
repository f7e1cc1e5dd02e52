using System.CommandLine;
using InfluenceGraph.Extraction;
using InfluenceGraph.Extraction.Evaluation;

namespace InfluenceGraph.Cli;

/// <summary><c>influencegraph evaluate FOLDER</c>: score the extractor against a gold-annotated corpus.</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "A folder of documents, each with a NAME.gold.json beside it." };
        var verbose = new Option<bool>("--mistakes") { Description = "Also list every missed and invented entity, event and link." };
        var byRule = new Option<bool>("--rules") { Description = "Also list, for each extraction rule, how many of its entities were right and wrong." };
        var command = new Command("evaluate", "Precision, recall and F1 per entity type, for events and follow-up links, and date accuracy.") { folder, verbose, byRule };
        command.SetAction(async parse =>
        {
            var path = parse.GetValue(folder)!;
            if (!Directory.Exists(path))
            {
                await Console.Error.WriteLineAsync($"{path}: no such folder");
                return 2;
            }
            var report = CorpusEvaluation.Evaluate(path, new Extractor());
            if (parse.GetValue(verbose))
            {
                foreach (var mistake in report.Mistakes) Console.WriteLine(mistake);
                Console.WriteLine();
            }
            if (parse.GetValue(byRule))
            {
                Console.Write(report.ToRuleTable());
                Console.WriteLine();
            }
            Console.Write(report.ToTable());
            return 0;
        });
        return command;
    }
}
