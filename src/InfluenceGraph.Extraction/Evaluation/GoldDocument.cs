using System.Text.Json;
using System.Text.Json.Serialization;

namespace InfluenceGraph.Extraction.Evaluation;

/// <summary>A hand-annotated document: what a careful reader finds in it (format in the corpus README).</summary>
public sealed record GoldDocument(
    IReadOnlyList<GoldEntity> Entities,
    IReadOnlyList<GoldEvent> Events,
    string? DocumentDate)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static GoldDocument Load(string path) =>
        JsonSerializer.Deserialize<GoldDocument>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path}: empty gold file");
}

public sealed record GoldEntity(Core.EntityKind Kind, string Name, IReadOnlyList<string>? Aliases)
{
    public IEnumerable<string> AllNames => (Aliases ?? []).Prepend(Name);
}

public sealed record GoldEvent(Core.EventKind Kind, Core.EventStatus Status, string? Date, IReadOnlyList<string>? Participants, int? Follows);
