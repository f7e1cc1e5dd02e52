using System.Diagnostics;
using System.Threading.Channels;

namespace InfluenceGraph.Core;

/// <summary>Turns one file into the documents it holds (one article, one email, or every message of a mailbox).</summary>
public interface IDocumentReader
{
    /// <summary>True when the file's extension is one this reader understands.</summary>
    bool CanRead(string path);

    /// <exception cref="UnreadableDocumentException">The file cannot be read as a document; the message says why.</exception>
    IReadOnlyList<SourceDocument> Read(string path);
}

/// <summary>Reads entities, events and relations out of one document. Pure: no store, no I/O.</summary>
public interface IExtractor
{
    ExtractionResult Extract(SourceDocument document);
}

/// <summary>A file that is not a readable document, and why, in words a reporter can act on.</summary>
public sealed class UnreadableDocumentException : Exception
{
    public UnreadableDocumentException(string path, string reason, Exception? inner = null)
        : base($"{path}: {reason}", inner)
    {
        Path = path;
        Reason = reason;
    }

    public string Path { get; }
    public string Reason { get; }
}

public sealed record IngestFailure(string Path, string Reason);

public sealed record IngestProgress(int FilesDone, int FilesTotal, int DocumentsStored, int DocumentsSkipped, int Failures, TimeSpan Elapsed)
{
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? (DocumentsStored + DocumentsSkipped) / Elapsed.TotalSeconds : 0;
}

public sealed record IngestSummary(int Files, int DocumentsStored, int DocumentsAlreadyStored, IReadOnlyList<IngestFailure> Failures, TimeSpan Elapsed, bool Cancelled)
{
    /// <summary>A run fails only when files were given and none of them gave a document.</summary>
    public bool NothingIngested => Files > 0 && DocumentsStored + DocumentsAlreadyStored == 0;
}

/// <summary>
/// Reads and extracts on every core and writes through one writer, so the store sees one
/// transaction per document in a single, orderly stream.
/// </summary>
public sealed class IngestPipeline(IDocumentReader reader, IExtractor extractor, IGraphStore store)
{
    private readonly CrossDocumentResolver _resolver = new(store);

    public static IReadOnlyList<string> FindFiles(string path, IDocumentReader reader)
    {
        if (File.Exists(path)) return [Path.GetFullPath(path)];
        if (!Directory.Exists(path)) throw new FileNotFoundException($"{path}: no such file or folder");
        // A README describes its folder; it is not one of the documents in it.
        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => reader.CanRead(f) && !Path.GetFileNameWithoutExtension(f).Equals("README", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Ingests one file now (an upload), returning what was extracted from each document in it and
    /// whether it was new. A document already stored is extracted again to show what it holds, and
    /// changes nothing.
    /// </summary>
    /// <exception cref="UnreadableDocumentException">The file is not a readable document.</exception>
    /// <param name="origin">What to record as the documents' origin instead of the path (an upload's own file name).</param>
    public async Task<IReadOnlyList<(ExtractionResult Result, StoreOutcome Outcome)>> IngestFileAsync(string path, string? origin, CancellationToken cancellationToken)
    {
        var documents = reader.Read(path).Select(d => origin is null ? d : d with { Origin = d.Origin.Replace(path, origin, StringComparison.Ordinal) });
        var results = FileEvents.Unify(documents.Select(extractor.Extract).ToList());
        var outcomes = new List<(ExtractionResult, StoreOutcome)>();
        foreach (var result in results)
        {
            var resolved = await _resolver.ResolveAsync(result, cancellationToken);
            outcomes.Add((resolved, await store.StoreAsync(resolved, cancellationToken)));
        }
        return outcomes;
    }

    public async Task<IngestSummary> IngestAsync(IReadOnlyList<string> files, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var failures = new List<IngestFailure>();
        int filesDone = 0, stored = 0, skipped = 0;
        var results = Channel.CreateBounded<ExtractionResult>(new BoundedChannelOptions(64) { SingleReader = true });

        void Report() => progress?.Report(new IngestProgress(Volatile.Read(ref filesDone), files.Count, Volatile.Read(ref stored), Volatile.Read(ref skipped), failures.Count, clock.Elapsed));
        void Fail(string path, string reason)
        {
            lock (failures) failures.Add(new IngestFailure(path, reason));
        }

        var writer = Task.Run(async () =>
        {
            // Every document already handed over is written even after Ctrl-C: each write is its own
            // transaction, so stopping between two of them leaves nothing half-written.
            await foreach (var result in results.Reader.ReadAllAsync(CancellationToken.None))
            {
                try
                {
                    // Resolution reads what is stored, so it runs here, in the one writer, in order.
                    var resolved = await _resolver.ResolveAsync(result, CancellationToken.None);
                    var outcome = await store.StoreAsync(resolved, CancellationToken.None);
                    Interlocked.Increment(ref outcome == StoreOutcome.Stored ? ref stored : ref skipped);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    Fail(result.Document.Origin, $"could not be stored: {ex.Message}");
                }
                Report();
            }
        }, CancellationToken.None);

        var cancelled = false;
        try
        {
            await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, async (path, ct) =>
            {
                foreach (var result in await ReadAndExtractAsync(path, Fail, () => Interlocked.Increment(ref skipped), ct))
                {
                    await results.Writer.WriteAsync(result, ct);
                }
                Interlocked.Increment(ref filesDone);
                Report();
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancelled = true;
        }
        finally
        {
            results.Writer.Complete();
        }
        await writer;
        Report();
        return new IngestSummary(files.Count, stored, skipped, failures, clock.Elapsed, cancelled);
    }

    private async Task<IReadOnlyList<ExtractionResult>> ReadAndExtractAsync(string path, Action<string, string> fail, Action alreadyStored, CancellationToken ct)
    {
        IReadOnlyList<SourceDocument> documents;
        try
        {
            documents = reader.Read(path);
        }
        catch (UnreadableDocumentException ex)
        {
            fail(path, ex.Reason);
            return [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            fail(path, ex.Message);
            return [];
        }

        var results = new List<ExtractionResult>(documents.Count);
        foreach (var document in documents)
        {
            ct.ThrowIfCancellationRequested();
            if (await store.ContainsDocumentAsync(document.ContentHash, ct))
            {
                alreadyStored();
                continue;
            }
            try
            {
                results.Add(extractor.Extract(document));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
            {
                // A rule that trips on one document must not cost the reporter the rest of the batch.
                fail(document.Origin, $"extraction failed: {ex.GetType().Name}: {ex.Message}");
            }
        }
        return FileEvents.Unify(results);
    }
}
