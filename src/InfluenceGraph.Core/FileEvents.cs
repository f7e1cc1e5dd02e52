namespace InfluenceGraph.Core;

/// <summary>
/// The messages of one file (a reply and the message it quotes, a forward and what it forwards, a
/// mailbox) tell of the same events from different sides. An event of one kind, status and date
/// told in several of them is one event: it takes the id of the telling that names the most
/// organisations, and every telling carries all the parties.
/// </summary>
public static class FileEvents
{
    public static IReadOnlyList<ExtractionResult> Unify(IReadOnlyList<ExtractionResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count < 2) return results;
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var parties = new Dictionary<string, List<Participant>>(StringComparer.Ordinal);
        foreach (var group in results.SelectMany(r => r.Events).Where(e => e.Date is not null)
                     .GroupBy(e => (e.Kind, e.Status, e.Date!.Start, e.Date.End)))
        {
            var events = group.DistinctBy(e => e.Id).ToList();
            if (events.Count < 2) continue;
            var canonical = events.MaxBy(e => e.Participants.Count(p => p.Role == ParticipantRole.RepresentedOrganisation))!.Id;
            foreach (var e in events.Where(e => e.Id != canonical)) renamed[e.Id] = canonical;
            parties[canonical] = events.SelectMany(e => e.Participants).Distinct().ToList();
        }
        if (renamed.Count == 0) return results;
        string Map(string id) => renamed.GetValueOrDefault(id, id);
        return results.Select(r =>
        {
            var known = r.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            return r with
            {
                Events = r.Events.Select(e => e with
                {
                    Id = Map(e.Id),
                    // A party whose entity this document does not carry stays with the telling that does.
                    Participants = parties.TryGetValue(Map(e.Id), out var all) ? all.Where(p => known.Contains(p.EntityId)).Union(e.Participants).ToList() : e.Participants,
                }).ToList(),
                Relations = r.Relations.Select(x => x with { SourceId = Map(x.SourceId), TargetId = Map(x.TargetId), Id = Ids.ForRelation(x.Kind, Map(x.SourceId), Map(x.TargetId)) }).ToList(),
            };
        }).ToList();
    }
}
