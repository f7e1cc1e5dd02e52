namespace InfluenceGraph.Core;

/// <summary>
/// Makes a new document's entities land on nodes other documents already made when an
/// identifying name says they are the same: an email address, an acronym, or a full name stored
/// as an alias ("ICE", "dana.kowalczyk@aws.example.com", "Harbor City Police Department").
/// Surnames and single common words never merge on their own.
/// </summary>
public sealed class CrossDocumentResolver(IGraphStore store)
{
    public async Task<ExtractionResult> ResolveAsync(ExtractionResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        var renamed = new Dictionary<string, (string Id, string Reason)>(StringComparer.Ordinal);
        foreach (var entity in result.Entities)
        {
            // Looked up by name, not loaded: an agency named in thousands of documents has thousands of evidence records.
            if ((await store.FindEntitiesByNameAsync(entity.Kind, entity.Name, cancellationToken)).Any(m => m.Id == entity.Id)) continue;
            foreach (var name in entity.Aliases.Prepend(entity.Name).Where(IsIdentifying))
            {
                var matches = (await store.FindEntitiesByNameAsync(entity.Kind, name, cancellationToken)).Where(m => m.Id != entity.Id).ToList();
                if (matches.Count != 1) continue;
                renamed[entity.Id] = (matches[0].Id, $"'{name}' in {result.Document.Id} is a name of '{matches[0].Name}' stored before");
                break;
            }
        }
        if (renamed.Count == 0) return result;

        string Map(string id) => renamed.TryGetValue(id, out var to) ? to.Id : id;
        var entities = result.Entities
            .Select(e => renamed.TryGetValue(e.Id, out var to)
                ? e with { Id = to.Id, Aliases = [.. e.Aliases, e.Name], MergeReasons = [.. e.MergeReasons, to.Reason] }
                : e)
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .Select(g => g.Count() == 1 ? g.First() : g.First() with
            {
                Aliases = g.SelectMany(e => e.Aliases).Distinct().ToList(),
                Evidence = g.SelectMany(e => e.Evidence).Distinct().ToList(),
                MergeReasons = g.SelectMany(e => e.MergeReasons).Distinct().ToList(),
            })
            .ToList();
        var events = result.Events.Select(e => e with { Participants = e.Participants.Select(p => p with { EntityId = Map(p.EntityId) }).Distinct().ToList() }).ToList();
        var relations = result.Relations
            .Select(r => r with { SourceId = Map(r.SourceId), TargetId = Map(r.TargetId), Id = Ids.ForRelation(r.Kind, Map(r.SourceId), Map(r.TargetId)) })
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .Select(g => g.First() with { Evidence = g.SelectMany(r => r.Evidence).Distinct().ToList() })
            .ToList();
        return result with { Entities = entities, Events = events, Relations = relations };
    }

    /// <summary>Names that pick out one entity: an email address, an acronym, or a name of two words or more.</summary>
    public static bool IsIdentifying(string name)
    {
        if (name.Contains('@', StringComparison.Ordinal)) return true;
        if (name.Length is >= 2 and <= 8 && name.Count(char.IsUpper) >= 2 && name.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '&')) return true;
        return name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2;
    }
}
