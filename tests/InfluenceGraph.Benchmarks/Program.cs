using System.Diagnostics;
using System.Globalization;
using InfluenceGraph.Core;
using InfluenceGraph.Extraction;
using InfluenceGraph.Extraction.Readers;

// Extraction throughput on one core: every document of the given folders, read once, then
// extracted over and over on this thread for the given number of seconds after a warm-up pass.
// Usage: dotnet run -c Release --project tests/InfluenceGraph.Benchmarks -- [seconds] folder...
var seconds = args.Length > 0 && double.TryParse(args[0], CultureInfo.InvariantCulture, out var s) ? s : 20;
var folders = args.Skip(1).DefaultIfEmpty("seed").ToList();
var reader = new DocumentReader();
var documents = folders
    .SelectMany(f => IngestPipeline.FindFiles(f, reader))
    .SelectMany(path => reader.Read(path))
    .ToList();
var megabytes = documents.Sum(d => (double)System.Text.Encoding.UTF8.GetByteCount(d.Text)) / 1024 / 1024;
var extractor = new Extractor();

var warmUp = Stopwatch.StartNew();
foreach (var document in documents) extractor.Extract(document);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{documents.Count} documents, {megabytes * 1024:0} KB of text; first pass (cold, includes building the date model) {warmUp.Elapsed.TotalSeconds:0.00} s"));

var passes = 0;
var clock = Stopwatch.StartNew();
var cpu = Process.GetCurrentProcess().TotalProcessorTime;
while (clock.Elapsed.TotalSeconds < seconds)
{
    foreach (var document in documents) extractor.Extract(document);
    passes++;
}
var elapsed = clock.Elapsed.TotalSeconds;
var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
using var process = Process.GetCurrentProcess();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm: {passes} passes in {elapsed:0.0} s ({cpuSeconds / elapsed:0.00} cores busy)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput: {passes * documents.Count / elapsed:0.0} documents/s, {passes * megabytes / elapsed:0.000} MB/s on one thread"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {process.PeakWorkingSet64 / 1024.0 / 1024.0:0} MB"));
