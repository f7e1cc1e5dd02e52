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
        results = CancelAnsweredProposals(results);
        results = AcceptSlots(results);
        results = CancelMovedMeetings(results);
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

    /// <summary>The extraction rules whose events this class reads across the messages of a file.</summary>
    public const string AcceptedSlotRule = "event-accepted-slot";
    public const string MovedToRule = "event-rescheduled-to";
    public const string MovedFromRule = "event-rescheduled-from";

    /// <summary>
    /// A reply that turns a request down without naming its day ("we must decline your request"),
    /// or moves a meeting without naming the day it had ("I have to move our meeting"), cancels the
    /// proposal of the message it answers. The reply's telling becomes that proposal, cancelled, so
    /// the decline or the move stays as its evidence.
    /// </summary>
    private static IReadOnlyList<ExtractionResult> CancelAnsweredProposals(IReadOnlyList<ExtractionResult> results)
    {
        var updated = results.ToList();
        for (var i = 0; i < updated.Count; i++)
        {
            var newDays = updated[i].Events.Where(e => e.Date is not null && e.Evidence.Any(x => x.Rule == MovedToRule)).Select(e => (e.Date!.Start, e.Date.End)).ToHashSet();
            foreach (var decline in updated[i].Events.Where(e => e.Status == EventStatus.Cancelled && e.Date is null
                         && (e.Kind == EventKind.MeetingRequest || e.Evidence.Any(x => x.Rule == MovedFromRule))).ToList())
            {
                if (Answered(updated, i, e => e.Date is { } d && !newDays.Contains((d.Start, d.End)) && e.Status == EventStatus.Proposed && e.Kind is EventKind.MeetingRequest or EventKind.Meeting or EventKind.Call) is not var (j, asked)) continue;
                var cancelled = asked with { Status = EventStatus.Cancelled };
                updated[j] = Replace(updated[j], asked, cancelled);
                updated[i] = Replace(updated[i], decline, cancelled with { Evidence = decline.Evidence, Participants = decline.Participants });
            }
        }
        return updated;
    }

    /// <summary>
    /// A reply that moves a meeting to a new day without naming the old one ("Could we move the
    /// kickoff to Tuesday, Feb 14?") calls off the day the message it answers had set: the old day
    /// is cancelled and the new one proposed, as two events.
    /// </summary>
    private static IReadOnlyList<ExtractionResult> CancelMovedMeetings(IReadOnlyList<ExtractionResult> results)
    {
        var updated = results.ToList();
        for (var i = 0; i < updated.Count; i++)
        {
            // A reply that names the day it moves away from has already cancelled it.
            if (updated[i].Events.Any(e => e.Evidence.Any(x => x.Rule == MovedFromRule))) continue;
            var sent = updated[i].Document.Date is { } date ? DateOnly.FromDateTime(date.DateTime) : DateOnly.MinValue;
            foreach (var moved in updated[i].Events.Where(e => e.Status == EventStatus.Proposed && e.Date is not null && e.Evidence.Any(x => x.Rule == MovedToRule)).ToList())
            {
                // Only a day still ahead when the reply was written can be moved away from.
                if (Answered(updated, i, e => e.Status == EventStatus.Proposed && e.Date is { } d && (d.Start, d.End) != (moved.Date!.Start, moved.Date.End) && d.End >= sent && Family(e.Kind) == Family(moved.Kind)) is not var (j, asked)) continue;
                updated[j] = Replace(updated[j], asked, asked with { Status = EventStatus.Cancelled });
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
            foreach (var accepted in updated[i].Events.Where(e => e.Date is not null && e.Evidence.Any(x => x.Rule == AcceptedSlotRule)).ToList())
            {
                // A call asked for, when nothing else was, stays a call once its slot is taken; a slot taken for a call makes one.
                // A meeting already set for the day taken ("Could we do March 14 instead?" … "The 14th works") is not what was asked.
                bool OtherDay(Event e) => e.Date is not { } d || d.Start != accepted.Date!.Start || d.End != accepted.Date.End;
                if ((Answered(updated, i, e => e.Kind is EventKind.MeetingRequest or EventKind.Meeting && e.Status == EventStatus.Proposed && OtherDay(e))
                     ?? Answered(updated, i, e => e.Kind == EventKind.Call && e.Status == EventStatus.Proposed)) is not var (j, asked)) continue;
                var kind = asked.Kind == EventKind.Call || accepted.Kind == EventKind.Call ? EventKind.Call : EventKind.Meeting;
                updated[j] = Replace(updated[j], asked, asked with { Kind = kind, Date = accepted.Date });
                if (accepted.Kind != kind) updated[i] = Replace(updated[i], accepted, accepted with { Kind = kind });
            }
        }
        return updated;
    }

    /// <summary>
    /// The event a reply answers: the last one that fits, in the latest message of the file sent
    /// before the reply (a quoted or forwarded message carries the date of its attribution line).
    /// </summary>
    private static (int Message, Event Event)? Answered(IReadOnlyList<ExtractionResult> results, int reply, Func<Event, bool> fits)
    {
        var sent = results[reply].Document.Date;
        var earlier = Enumerable.Range(0, results.Count)
            .Where(j => j != reply && (sent is null || results[j].Document.Date is not { } d || d <= sent))
            .OrderByDescending(j => results[j].Document.Date ?? DateTimeOffset.MinValue)
            .ThenBy(j => Math.Abs(j - reply));
        foreach (var j in earlier)
        {
            if (results[j].Events.LastOrDefault(fits) is { } e) return (j, e);
        }
        return null;
    }

    private static ExtractionResult Replace(ExtractionResult result, Event before, Event after) =>
        result with { Events = result.Events.Select(e => e == before ? after : e).ToList() };

    private static EventKind Family(EventKind kind) => kind == EventKind.MeetingRequest ? EventKind.Meeting : kind;
}
