using InfluenceGraph.Core;
using Microsoft.Extensions.Options;

namespace InfluenceGraph.Api;

/// <summary>Bound from <c>Seed</c>: the corpus ingested when the store is empty.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>A folder of documents; relative paths are taken from the working directory. Empty to start with an empty store.</summary>
    public string? Path { get; set; } = "seed";
}

/// <summary>On the first start, fills the empty store from the seed corpus before the first request is served.</summary>
public sealed partial class SeedOnStart(IGraphStore store, IngestPipeline pipeline, IDocumentReader reader, IOptions<SeedOptions> options, ILogger<SeedOnStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var path = options.Value.Path;
        if (string.IsNullOrWhiteSpace(path) || (await store.GetStatsAsync(cancellationToken)).Documents > 0) return;
        if (!Directory.Exists(path))
        {
            LogSeedMissing(logger, System.IO.Path.GetFullPath(path));
            return;
        }
        var summary = await pipeline.IngestAsync(IngestPipeline.FindFiles(path, reader), null, cancellationToken);
        LogSeeded(logger, summary.DocumentsStored, summary.Files, summary.Failures.Count, path);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store is empty and the seed folder {Path} does not exist; starting empty")]
    private static partial void LogSeedMissing(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the empty store with {Documents} documents from {Files} files in {Path} ({Failures} failed)")]
    private static partial void LogSeeded(ILogger logger, int documents, int files, int failures, string path);
}
