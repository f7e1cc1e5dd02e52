namespace InfluenceGraph.Core;

/// <summary>
/// The messages of one file (a reply and the message it quotes, a forward and what it forwards, a
/// mailbox) tell of the same events from different sides. Events of one date told in several of
/// them, or in several places of one, are one event when they are the same kind, or a meeting and
/// the request for it: the request that was met is the meeting. The event keeps the id of the
/// telling with the surest status (held, then cancelled, then proposed) that names the most
/// organisations, and every telling carries all the parties.
/// </summary>
public static class FileEvents
{
    public static IReadOnlyList<ExtractionResult> Unify(IReadOnlyList<ExtractionResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var renamed = new Dictionary<string, Event>(StringComparer.Ordinal);
        foreach (var group in results.SelectMany(r => r.Events).Where(e => e.Date is not null)
                     .GroupBy(e => (Family(e.Kind), e.Date!.Start, e.Date.End)))
        {
            var events = group.DistinctBy(e => e.Id).ToList();
            if (events.Count < 2) continue;
            var canonical = events
                .OrderBy(e => e.Status switch { EventStatus.Held => 0, EventStatus.Cancelled => 1, _ => 2 })
                .ThenByDescending(e => e.Participants.Count(p => p.Role == ParticipantRole.RepresentedOrganisation))
                .First();
            var merged = canonical with { Participants = events.SelectMany(e => e.Participants).Distinct().ToList() };
            foreach (var e in events) renamed[e.Id] = merged;
        }
        if (renamed.Count == 0) return results;
        string Map(string id) => renamed.TryGetValue(id, out var to) ? to.Id : id;
        return results.Select(r =>
        {
            var known = r.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            var events = r.Events
                .Select(e => renamed.TryGetValue(e.Id, out var to)
                    // A party whose entity this document does not carry stays with the telling that does.
                    ? e with { Id = to.Id, Kind = to.Kind, Status = to.Status, Participants = to.Participants.Where(p => known.Contains(p.EntityId)).ToList() }
                    : e)
                .GroupBy(e => e.Id, StringComparer.Ordinal)
                .Select(g => g.First() with { Evidence = g.SelectMany(e => e.Evidence).Distinct().ToList(), Participants = g.SelectMany(e => e.Participants).Distinct().ToList() })
                .ToList();
            var relations = r.Relations
                .Select(x => x with { SourceId = Map(x.SourceId), TargetId = Map(x.TargetId), Id = Ids.ForRelation(x.Kind, Map(x.SourceId), Map(x.TargetId)) })
                .Where(x => x.SourceId != x.TargetId)
                .GroupBy(x => x.Id, StringComparer.Ordinal)
                .Select(g => g.First() with { Evidence = g.SelectMany(x => x.Evidence).Distinct().ToList() })
                .ToList();
            return r with { Events = events, Relations = relations };
        }).ToList();
    }

    private static EventKind Family(EventKind kind) => kind == EventKind.MeetingRequest ? EventKind.Meeting : kind;
}
