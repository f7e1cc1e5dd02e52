using System.Diagnostics;
using System.Text.Json;

namespace InfluenceGraph.Cli.Tests;

/// <summary>The command line as a reporter runs it: a real process, real files, a real database file, exit codes.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("influencegraph-cli-").FullName;

    private string Database => Path.Combine(_folder, "data", "graph.db");

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, "docs", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private async Task<(int Exit, string Out, string Error)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _folder };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "influencegraph.dll"));
        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(Database);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Ingest_reports_an_unreadable_file_and_goes_on_and_a_second_run_stores_nothing()
    {
        Write("meeting.txt", "Title: Demo\nPublished: 2021-09-14\n\nVeridex Labs demonstrated its software to the Harbor City Police Department on Tuesday.\n");
        Write("empty.eml", "");

        var first = await RunAsync("ingest", Path.Combine(_folder, "docs"));
        var second = await RunAsync("ingest", Path.Combine(_folder, "docs"));
        var stats = await RunAsync("stats");

        Assert.Equal(0, first.Exit);
        Assert.Contains("empty.eml: the file is empty", first.Error, StringComparison.Ordinal);
        Assert.Contains("1 documents stored, 0 already stored, 1 failed", first.Out, StringComparison.Ordinal);
        Assert.Equal(0, second.Exit);
        Assert.Contains("0 documents stored, 1 already stored", second.Out, StringComparison.Ordinal);
        Assert.Contains("Documents                1", stats.Out, StringComparison.Ordinal);
        Assert.Contains("Meeting", stats.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_fails_only_when_nothing_could_be_ingested()
    {
        Write("junk.txt", "\0\0\u0001binary");

        var bad = await RunAsync("ingest", Path.Combine(_folder, "docs"));
        var missing = await RunAsync("ingest", Path.Combine(_folder, "nowhere"));

        Assert.Equal(1, bad.Exit);
        Assert.Contains("junk.txt: the file holds binary data, not text", bad.Error, StringComparison.Ordinal);
        Assert.Equal(2, missing.Exit);
        Assert.Contains("no such file or folder", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_prints_the_result_of_one_file_as_json_dated_by_the_date_given()
    {
        var path = Write("note.txt", "Amazon Web Services staff met officials of U.S. Immigration and Customs Enforcement on June 12th.\n");

        var (exit, output, _) = await RunAsync("extract", path, "--date", "2018-10-23");
        var badDate = await RunAsync("extract", path, "--date", "23/10/2018");

        Assert.Equal(0, exit);
        var result = JsonDocument.Parse(output).RootElement;
        Assert.Contains(result.GetProperty("entities").EnumerateArray(), e => e.GetProperty("id").GetString() == "agency:us-immigration-and-customs-enforcement");
        var meeting = result.GetProperty("events")[0];
        Assert.Equal("2018-06-12", meeting.GetProperty("date").GetString());
        Assert.Equal("Day", meeting.GetProperty("precision").GetString());
        Assert.Equal("June 12th", meeting.GetProperty("dateWording").GetString());
        Assert.Equal(2, badDate.Exit);
        Assert.Contains("--date", badDate.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
