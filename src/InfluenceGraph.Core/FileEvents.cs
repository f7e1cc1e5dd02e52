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
        results = CancelDeclinedRequests(results);
        results = AcceptSlots(results);
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

    /// <summary>
    /// A reply that turns a request down without naming its day ("we must decline your request")
    /// cancels the request of the message it answers: the nearest message after it in the file (the
    /// one it quotes) that proposes a meeting or call, or failing that the nearest one before it. The
    /// reply's telling becomes that request, cancelled, so the decline stays as its evidence.
    /// </summary>
    private static IReadOnlyList<ExtractionResult> CancelDeclinedRequests(IReadOnlyList<ExtractionResult> results)
    {
        var updated = results.ToList();
        for (var i = 0; i < updated.Count; i++)
        {
            foreach (var decline in updated[i].Events.Where(e => e.Kind == EventKind.MeetingRequest && e.Status == EventStatus.Cancelled && e.Date is null).ToList())
            {
                var order = Enumerable.Range(i + 1, updated.Count - i - 1).Concat(Enumerable.Range(0, i).Reverse());
                foreach (var j in order)
                {
                    var asked = updated[j].Events.LastOrDefault(e => e.Date is not null && e.Status == EventStatus.Proposed && e.Kind is EventKind.MeetingRequest or EventKind.Meeting or EventKind.Call);
                    if (asked is null) continue;
                    var cancelled = asked with { Status = EventStatus.Cancelled };
                    updated[j] = updated[j] with { Events = updated[j].Events.Select(e => e == asked ? cancelled : e).ToList() };
                    updated[i] = updated[i] with { Events = updated[i].Events.Select(e => e == decline ? cancelled with { Evidence = decline.Evidence, Participants = decline.Participants } : e).ToList() };
                    break;
                }
            }
        }
        return updated;
    }

    /// <summary>
    /// A reply that takes one of the slots the message it quotes offered ("Thursday the 23rd at 10
    /// works") does not add a meeting: the request becomes the meeting on the day taken, and the
    /// merge by date below makes the two tellings one event.
    /// </summary>
    private static IReadOnlyList<ExtractionResult> AcceptSlots(IReadOnlyList<ExtractionResult> results)
    {
        var updated = results.ToList();
        for (var i = 0; i < updated.Count; i++)
        {
            // Only the evidence tells an accepted slot from any other proposal; the extractor names the rule that found it.
            foreach (var accepted in updated[i].Events.Where(e => e.Date is not null && e.Evidence.Any(x => x.Rule == "event-accepted-slot")).ToList())
            {
                // The message it answers comes before it in a mailbox kept in order; a reply that opens its file quotes it after.
                foreach (var j in i == 0 ? Enumerable.Range(1, updated.Count - 1) : Enumerable.Range(0, i).Reverse())
                {
                    var asked = updated[j].Events.LastOrDefault(e => e.Kind == EventKind.MeetingRequest && e.Status == EventStatus.Proposed);
                    if (asked is null) continue;
                    updated[j] = updated[j] with { Events = updated[j].Events.Select(e => e == asked ? e with { Kind = EventKind.Meeting, Date = accepted.Date } : e).ToList() };
                    break;
                }
            }
        }
        return updated;
    }

    private static EventKind Family(EventKind kind) => kind == EventKind.MeetingRequest ? EventKind.Meeting : kind;
}
