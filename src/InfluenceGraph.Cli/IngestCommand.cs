using System.CommandLine;
using InfluenceGraph.Core;
using InfluenceGraph.Extraction;
using InfluenceGraph.Extraction.Readers;
using Spectre.Console;

namespace InfluenceGraph.Cli;

/// <summary><c>influencegraph ingest PATH...</c>: read, extract and store every document under the paths.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders of articles (.txt .md .html) and emails (.eml .mbox).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("ingest", "Ingest articles and emails into the graph. Documents already stored are skipped.") { paths };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var reader = new DocumentReader();
            var files = new List<string>();
            foreach (var path in parse.GetValue(paths)!)
            {
                try
                {
                    files.AddRange(IngestPipeline.FindFiles(path, reader));
                }
                catch (FileNotFoundException ex)
                {
                    await Console.Error.WriteLineAsync(ex.Message);
                    return 2;
                }
            }
            using var opened = await CliOptions.OpenStoreAsync(parse, cancellationToken);
            var pipeline = new IngestPipeline(reader, new Extractor(), opened.Store);
            var summary = await RunWithProgressAsync(pipeline, files, cancellationToken);

            foreach (var failure in summary.Failures.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                await Console.Error.WriteLineAsync($"{failure.Path}: {failure.Reason}");
            }
            Console.WriteLine(
                $"{(summary.Cancelled ? "Stopped" : "Done")}: {summary.Files} files, {summary.DocumentsStored} documents stored, "
                + $"{summary.DocumentsAlreadyStored} already stored, {summary.Failures.Count} failed, "
                + $"{summary.Elapsed.TotalSeconds:0.0} s ({(summary.DocumentsStored + summary.DocumentsAlreadyStored) / Math.Max(summary.Elapsed.TotalSeconds, 0.001):0} documents/s). Store: {opened.Where}");
            if (summary.Cancelled) return 130;
            return summary.NothingIngested ? 1 : 0;
        });
        return command;
    }

    private static async Task<IngestSummary> RunWithProgressAsync(IngestPipeline pipeline, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
        {
            return await pipeline.IngestAsync(files, null, cancellationToken);
        }
        IngestSummary? summary = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Ingesting", maxValue: Math.Max(1, files.Count));
                var progress = new Progress<IngestProgress>(p =>
                {
                    task.Value = p.FilesDone;
                    task.Description = $"{p.FilesDone}/{p.FilesTotal} files, {p.DocumentsStored} stored, {p.DocumentsSkipped} skipped, {p.Failures} errors, {p.DocumentsPerSecond:0} docs/s";
                });
                summary = await pipeline.IngestAsync(files, progress, cancellationToken);
                if (!summary.Cancelled) task.Value = task.MaxValue;
            });
        return summary!;
    }
}
