using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using InfluenceGraph.Core;
using InfluenceGraph.Extraction;
using InfluenceGraph.Extraction.Readers;

namespace InfluenceGraph.Cli;

/// <summary><c>influencegraph extract FILE</c>: show what the extractor finds in one file, without storing it.</summary>
internal static class ExtractCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "An article (.txt .md .html) or email (.eml .mbox)." };
        var date = new Option<string?>("--date")
        {
            Description = "The document's date (YYYY-MM-DD) when the file carries none; the file's own date wins.",
        };
        var command = new Command("extract", "Print the extraction result of one file as JSON.") { file, date };
        command.SetAction(async (parse, cancellationToken) =>
        {
            DateTimeOffset? fallback = null;
            if (parse.GetValue(date) is { } text)
            {
                if (!DateTimeOffset.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    await Console.Error.WriteLineAsync($"--date: '{text}' is not a date in the form YYYY-MM-DD");
                    return 2;
                }
                fallback = parsed;
            }
            var path = parse.GetValue(file)!;
            var reader = new DocumentReader(fallback);
            if (!reader.CanRead(path))
            {
                await Console.Error.WriteLineAsync($"{path}: not a supported file; use {string.Join(", ", DocumentReader.Extensions)}");
                return 2;
            }
            IReadOnlyList<SourceDocument> documents;
            try
            {
                documents = reader.Read(path);
            }
            catch (UnreadableDocumentException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return 1;
            }
            var extractor = new Extractor();
            var results = documents.Select(d => Describe(extractor.Extract(d))).ToList();
            await using var stdout = Console.OpenStandardOutput();
            await JsonSerializer.SerializeAsync(stdout, results.Count == 1 ? results[0] : results, Json, cancellationToken);
            Console.WriteLine();
            return 0;
        });
        return command;
    }

    /// <summary>The result without the document's full text, which the reader already has.</summary>
    private static object Describe(ExtractionResult result) => new
    {
        Document = new
        {
            result.Document.Id,
            result.Document.Kind,
            result.Document.Title,
            Date = result.Document.Date?.ToString("o", CultureInfo.InvariantCulture),
            result.Document.Origin,
            result.Document.Metadata,
            result.Document.Redactions,
        },
        Entities = result.Entities.Select(e => new
        {
            e.Id,
            Type = e.Kind,
            e.Name,
            e.Aliases,
            e.MergeReasons,
            Spans = e.Evidence.Select(v => new { v.Start, v.End, Text = result.Document.Text[v.Start..v.End], v.Rule, v.Confidence }),
        }),
        Events = result.Events.Select(e => new
        {
            e.Id,
            e.Kind,
            e.Status,
            Date = e.Date?.ToIso(),
            Precision = e.Date?.Precision,
            DateWording = e.Date?.Wording,
            e.Summary,
            e.Participants,
            e.Evidence,
        }),
        Relations = result.Relations.Select(r => new { r.Id, Type = Ids.Prefix(r.Kind), r.SourceId, r.TargetId, r.Title, r.IsFormer, r.Evidence }),
    };
}
