using System.Text;

namespace InfluenceGraph.Extraction.Tests;

/// <summary>A folder of files written for one test and removed after it.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("influencegraph-test-").FullName;

    public string Write(string name, string content) => Write(name, Encoding.UTF8.GetBytes(content));

    public string Write(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

internal static class Corpus
{
    /// <summary>A gold-annotated corpus copied beside the test binaries: "dev", "holdout", "holdout2", …</summary>
    public static string Folder(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Corpus", name);

    /// <summary>The repository's seed folder, found by walking up from the test binaries.</summary>
    public static string Seed
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var seed = System.IO.Path.Combine(dir.FullName, "seed");
                if (Directory.Exists(seed) && File.Exists(System.IO.Path.Combine(dir.FullName, "InfluenceGraph.sln"))) return seed;
            }
            throw new DirectoryNotFoundException("seed/ not found above " + AppContext.BaseDirectory);
        }
    }
}
