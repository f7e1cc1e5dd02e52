using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using InfluenceGraph.Core;
using InfluenceGraph.Extraction;
using InfluenceGraph.Extraction.Readers;

// Two measurements, each printing its figures (docs/performance.md):
//   extract [seconds] folder...     extraction throughput on one thread, and peak memory
//   make-corpus copies out folder... writes `copies` variants of every file (distinct bytes and
//                                    Message-IDs), a large folder for timing `influencegraph ingest`
if (args.Length > 0 && args[0] == "make-corpus")
{
    return MakeCorpus(int.Parse(args[1], CultureInfo.InvariantCulture), args[2], args.Skip(3).ToList());
}
var rest = args.Length > 0 && args[0] == "extract" ? args.Skip(1).ToArray() : args;
return Extract(rest.Length > 0 && double.TryParse(rest[0], CultureInfo.InvariantCulture, out var s) ? s : 20, rest.Skip(1).DefaultIfEmpty("seed").ToList());

static int Extract(double seconds, List<string> folders)
{
    var reader = new DocumentReader();
    var documents = folders.SelectMany(f => IngestPipeline.FindFiles(f, reader)).SelectMany(reader.Read).ToList();
    var megabytes = documents.Sum(d => (double)System.Text.Encoding.UTF8.GetByteCount(d.Text)) / 1024 / 1024;
    var extractor = new Extractor();

    var warmUp = Stopwatch.StartNew();
    foreach (var document in documents) extractor.Extract(document);
    Print($"{documents.Count} documents, {megabytes * 1024:0} KB of text; first pass (cold, includes building the date model) {warmUp.Elapsed.TotalSeconds:0.00} s");

    var passes = 0;
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed.TotalSeconds < seconds)
    {
        foreach (var document in documents) extractor.Extract(document);
        passes++;
    }
    var elapsed = clock.Elapsed.TotalSeconds;
    using var process = Process.GetCurrentProcess();
    Print($"warm: {passes} passes in {elapsed:0.0} s");
    Print($"throughput: {passes * documents.Count / elapsed:0.0} documents/s, {passes * megabytes / elapsed:0.000} MB/s on one thread");
    Print($"peak working set: {process.PeakWorkingSet64 / 1024.0 / 1024.0:0} MB");
    return 0;
}

static int MakeCorpus(int copies, string output, List<string> folders)
{
    var reader = new DocumentReader();
    var files = folders.SelectMany(f => IngestPipeline.FindFiles(f, reader)).ToList();
    var written = 0;
    for (var copy = 0; copy < copies; copy++)
    {
        var folder = Path.Combine(output, copy.ToString("D4", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            // A different Message-ID and one more line make a different document with the same shape.
            text = Regex.Replace(text, @"(?im)^(Message-ID|In-Reply-To|References):(.*?)<", m => $"{m.Groups[1].Value}:{m.Groups[2].Value}<c{copy}-");
            text += file.EndsWith(".html", StringComparison.Ordinal) ? $"<!-- copy {copy} -->\n" : file.EndsWith(".mbox", StringComparison.Ordinal) || file.EndsWith(".eml", StringComparison.Ordinal) ? "" : $"\n(copy {copy})\n";
            if (file.EndsWith(".eml", StringComparison.Ordinal) && !Regex.IsMatch(text, "(?im)^Message-ID:")) text = $"X-Copy: {copy}\n" + text;
            File.WriteAllText(Path.Combine(folder, $"{written++:D6}-{Path.GetFileName(file)}"), text);
        }
    }
    Print($"{written} files written to {output}");
    return 0;
}

static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
