using InfluenceGraph.Core;
using InfluenceGraph.Extraction.Lexicons;

namespace InfluenceGraph.Extraction;

/// <summary>
/// Turns sentence-level candidates into events: sentences about the same occurrence become one
/// event, each event gets an id that another document describing it will also reach, and each
/// follow-up is linked to the meeting it follows.
/// </summary>
internal static class EventAssembler
{
    public static void Assemble(FactCollector facts, List<EventCandidate> candidates, Lexicon lexicon, IReadOnlyDictionary<string, EntityDraft> entities)
    {
        candidates = DateFromEarlierEvents(candidates, facts.Document.Text);
        var groups = new List<List<EventCandidate>>();
        // Dated mentions found the events; undated ones then join the event they most likely speak of.
        foreach (var candidate in candidates.Where(c => c.Date is not null).OrderBy(c => c.Date!.Precision == DatePrecision.Day ? 0 : 1))
        {
            var group = groups.FirstOrDefault(g => SameOccurrence(g, candidate));
            if (group is null) groups.Add([candidate]);
            else group.Add(candidate);
        }
        foreach (var candidate in candidates.Where(c => c.Date is null))
        {
            // "is not able to meet with outside groups right now": a meeting turned down is not the one told as held.
            // "I have to move our meeting. Could we do May 2 instead?": the meeting moved away from is not the one on the new day.
            var sameKind = groups.Where(g => g[0].Kind == candidate.Kind && !(candidate.Status == EventStatus.Cancelled && g[0].Status == EventStatus.Held)
                && !(candidate.Rule == FileEvents.MovedFromRule && g.Any(c => c.Rule == FileEvents.MovedToRule))).ToList();
            // An undated "demo" in a text that asks for one speaks of the one asked for.
            if (sameKind.Count == 0 && candidate.Kind == EventKind.Meeting) sameKind = groups.Where(g => g[0].Kind == EventKind.MeetingRequest).ToList();
            // "Subject: … meeting request" over a body that proposes the meeting on a day: the request is that meeting. An article's
            // "asked to meet" is another request than the meeting it reports on a day.
            if (sameKind.Count == 0 && candidate.Kind == EventKind.MeetingRequest && candidate.Status == EventStatus.Proposed && facts.Document.Kind == DocumentKind.Email) sameKind = groups.Where(g => g[0].Kind is EventKind.Meeting or EventKind.Call && g[0].Status == EventStatus.Proposed).ToList();
            var group = sameKind.FirstOrDefault(g => SharesParty(g, candidate)) ?? (sameKind.Count == 1 ? sameKind[0] : null);
            if (group is not null) group.Add(candidate with { Kind = group[0].Kind });
            // An undated event with no organisation to it ("they are sales meetings") is too vague to keep.
            else if (candidate.Kind is EventKind.FollowUp or EventKind.MeetingRequest || candidate.Participants.Any(p => !p.EntityId.StartsWith("person:", StringComparison.Ordinal)))
            {
                groups.Add([candidate]);
            }
        }
        groups = groups.OrderBy(g => g.Min(c => c.Start)).ToList();

        var events = new List<EventDraft>();
        foreach (var group in groups)
        {
            var first = group.MinBy(c => c.Start)!;
            var date = group.Select(c => c.Date).FirstOrDefault(d => d is not null);
            // The status of the mention that dated the event; a later undated mention ("the session") only joins it.
            var status = group.Any(c => c.Status == EventStatus.Cancelled) ? EventStatus.Cancelled : group[0].Status;
            var participants = group.SelectMany(c => c.Participants).Distinct().ToList();
            var id = Ids.ForEvent(first.Kind, date, IdentifyingParties(participants, lexicon, entities, facts.Document.Id));
            var summary = facts.Evidence(first.Start, first.Length, first.Rule, first.Confidence).Quote;
            var draft = new EventDraft(id, first.Kind, status, date, summary.Length > 300 ? summary[..297] + "..." : summary);
            draft.Participants.AddRange(participants);
            foreach (var c in group) draft.Evidence.Add(facts.Evidence(c.Start, c.Length, c.Rule, c.Confidence));
            events.Add(facts.AddEvent(draft));
        }
        LinkFollowUps(facts, events.Distinct().ToList());
    }

    /// <summary>
    /// "Two days after the visit": dated from the nearest dated meeting or call told before it, of
    /// the kind the sentence names when it names one (the demonstration, not the call told since).
    /// </summary>
    private static List<EventCandidate> DateFromEarlierEvents(List<EventCandidate> candidates, string text)
    {
        // In order of the text, so "two weeks later they met; the next day he followed up" counts from the meeting just dated.
        var dated = candidates.ToList();
        for (var i = 0; i < dated.Count; i++)
        {
            var c = dated[i];
            if (c.DaysAfter is not var (days, weekday, wording, fromEnd, after) || c.Date is not null) continue;
            var earlier = dated.Where(e => e.Start < c.Start && e.Kind is EventKind.Meeting or EventKind.Call or EventKind.MeetingRequest
                && (e.Date?.Precision == DatePrecision.Day || fromEnd && e.Date?.Precision == DatePrecision.Range)).ToList();
            // "The day after the demo": the count may start from a demo the text told only as asked for, but from a request
            // only when the sentence names it.
            var named = after is null ? [] : earlier.Where(e => SameEventWord(text.Substring(e.Start, e.Length), after)).ToList();
            earlier = earlier.Where(e => e.Kind != EventKind.MeetingRequest).ToList();
            var anchorEvent = (named.Count > 0 ? named : earlier).MaxBy(e => e.Start);
            if (anchorEvent is null) continue;
            var anchor = anchorEvent.Date!.End;
            if (wording.EndsWith("week", StringComparison.OrdinalIgnoreCase) && wording.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            {
                // "the following week" is the working week after the one the earlier event fell in.
                var monday = DateResolver.OnOrAfter(anchor.AddDays(1), DayOfWeek.Monday);
                dated[i] = c with { Date = EventDate.Between(monday, monday.AddDays(4), wording) };
            }
            else if (weekday is { } day)
            {
                dated[i] = c with { Date = EventDate.OnDay(DateResolver.OnOrAfter(anchor.AddDays(1), day), wording) };
            }
            else
            {
                dated[i] = c with { Date = EventDate.OnDay(anchor.AddDays(days), wording) };
            }
        }
        return dated;
    }

    /// <summary>"demonstrated" and "demo", "visited" and "visit", "met" and "meeting" name the same kind of event.</summary>
    private static bool SameEventWord(string trigger, string noun)
    {
        var word = trigger.ToLowerInvariant();
        return noun switch
        {
            "demo" or "demonstration" => word.StartsWith("demo", StringComparison.Ordinal),
            "meeting" => word.StartsWith("me", StringComparison.Ordinal),
            _ => word.StartsWith(noun[..Math.Min(4, noun.Length)], StringComparison.Ordinal),
        };
    }

    /// <summary>One kind, and the same dates, or a vaguer date ("in February") that holds the other ("February 12").</summary>
    private static bool SameOccurrence(List<EventCandidate> group, EventCandidate candidate)
    {
        var first = group[0];
        if (first.Date is not { } date || candidate.Date is not { } other) return false;
        // "a call next week … would Wednesday, February 28 work?": a proposal, its kind named once, its day the second time.
        var bothProposed = first.Status == EventStatus.Proposed && candidate.Status == EventStatus.Proposed
            && first.Kind is EventKind.Meeting or EventKind.Call or EventKind.MeetingRequest && candidate.Kind is EventKind.Meeting or EventKind.Call or EventKind.MeetingRequest;
        if (first.Kind != candidate.Kind && !(bothProposed && other.Precision != DatePrecision.Day)) return false;
        if (date.Start == other.Start && date.End == other.End) return true;
        return other.Precision != DatePrecision.Day && other.Start <= date.Start && date.End <= other.End;
    }

    private static bool SharesParty(List<EventCandidate> group, EventCandidate candidate)
    {
        if (candidate.Kind is EventKind.FollowUp or EventKind.MeetingRequest) return true;
        var parties = group.SelectMany(c => c.Participants).Select(p => p.EntityId).ToHashSet(StringComparer.Ordinal);
        return candidate.Participants.Any(p => parties.Contains(p.EntityId));
    }

    /// <summary>
    /// The parties that name an event across documents: companies and public bodies, a sub-unit
    /// counted as the agency it belongs to (HSI as ICE), so an article's "AWS met ICE" and an
    /// email from AWS to HSI staff reach one node.
    /// </summary>
    private static IEnumerable<string> IdentifyingParties(List<Participant> participants, Lexicon lexicon, IReadOnlyDictionary<string, EntityDraft> entities, string documentId)
    {
        var organisations = participants.Select(p => p.EntityId)
            .Where(id => id.StartsWith("company:", StringComparison.Ordinal) || id.StartsWith("agency:", StringComparison.Ordinal))
            .Select(id => Component(id, lexicon, entities)).Distinct().ToList();
        // A department named beside one of its own agencies (DHS beside ICE) adds nothing to who met.
        organisations = organisations.Where(o => !organisations.Any(other => other != o && ParentOf(other, lexicon, entities) == o)).ToList();
        if (organisations.Count > 0) return organisations;
        var others = participants.Select(p => p.EntityId).Distinct().ToList();
        return others.Count > 0 ? others : [documentId];
    }

    private static string Component(string id, Lexicon lexicon, IReadOnlyDictionary<string, EntityDraft> entities)
    {
        if (!entities.TryGetValue(id, out var entity) || entity.Kind != EntityKind.Agency || lexicon.Find(entity.Name) is not { } known) return id;
        // Walk up to the body just below a department: HSI → ICE, ICE → ICE, DHS → DHS.
        while (known.Parent is { } parentName && lexicon.Find(parentName) is { } parent && !IsDepartment(parent))
        {
            known = parent;
        }
        return Ids.ForEntity(EntityKind.Agency, known.Name);
    }

    private static bool IsDepartment(KnownName agency) => agency.Parent is null;

    private static string? ParentOf(string id, Lexicon lexicon, IReadOnlyDictionary<string, EntityDraft> entities) =>
        entities.TryGetValue(id, out var entity) && lexicon.Find(entity.Name) is { Parent: { } parent } && lexicon.Find(parent) is { } known
            ? Ids.ForEntity(known.Kind, known.Name)
            : null;

    /// <summary>Each follow-up follows the latest meeting or call before it that shares a party, or the only one there is.</summary>
    private static void LinkFollowUps(FactCollector facts, List<EventDraft> events)
    {
        var meetings = events.Where(e => e.Kind is EventKind.Meeting or EventKind.Call && e.Status == EventStatus.Held).ToList();
        foreach (var followUp in events.Where(e => e.Kind == EventKind.FollowUp))
        {
            var earlier = meetings.Where(m => followUp.Date is null || m.Date is null || m.Date.Start <= followUp.Date.Start).ToList();
            var parties = followUp.Participants.Select(p => p.EntityId).ToHashSet(StringComparer.Ordinal);
            var shared = earlier.Where(m => m.Participants.Any(p => parties.Contains(p.EntityId))).ToList();
            var target = (shared.Count > 0 ? shared : earlier.Count == 1 ? earlier : [])
                .OrderByDescending(m => m.Date?.Start ?? DateOnly.MinValue).FirstOrDefault();
            if (target is null) continue;
            var evidence = followUp.Evidence[0];
            facts.AddRelation(RelationKind.FollowsUp, followUp.Id, target.Id, evidence with { Rule = "follow-up-link", Confidence = shared.Count > 0 ? 0.8 : 0.6 });
        }
    }
}
