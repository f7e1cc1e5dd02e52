using System.Text.RegularExpressions;
using InfluenceGraph.Core;

namespace InfluenceGraph.Extraction;

/// <summary>An event as one sentence describes it, before sentences about the same event are merged.</summary>
internal sealed record EventCandidate(EventKind Kind, EventStatus Status, EventDate? Date, int Start, int Length, string Rule, double Confidence, IReadOnlyList<Participant> Participants);

/// <summary>
/// Meetings, calls, meeting requests, follow-ups and publications, from the words reporters and
/// officials use for them, with their status and the date written nearest to them.
/// </summary>
internal static partial class EventRules
{
    [GeneratedRegex(@"\b(?:met|meet|meets|meeting|meetings|sat down|sit down|sit-down|briefed|briefing|briefings|demo|demos|demonstration|demonstrations|demonstrated|demonstrating|presentation|presentations|presented to|pitch meeting|visited|site visit|visit|toured|hosted|hosting|workshop|roundtable|walkthrough|walk-through|in-person)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingWords();

    [GeneratedRegex(@"\b(?:(?:phone|conference|video|zoom|teams|webex|follow-up|introductory|intro)\s+call|call(?:s)?\b(?![-\s]+(?:for|it|them|out|on\s+(?:congress|the\s+company|amazon)))|teleconference|spoke by (?:phone|telephone)|dial-in|phoned)", RegexOptions.IgnoreCase)]
    private static partial Regex CallWords();

    [GeneratedRegex(@"\b(?:would you be available|are you available|is there (?:a )?(?:good )?time|do you have (?:any )?time|could we (?:meet|schedule|set up|find)|can we (?:meet|schedule|set up|find)|request(?:ed|ing|s)? (?:a |an |another |a second |a follow-up )?(?:meeting|call|demo|demonstration|briefing|presentation|time)|asked (?:to|if (?:they|he|she|we) could) (?:return|meet|present|demo|brief|come back|visit|show)|(?:sought|seeking|wants|wanted|offered|offering) (?:a |an |another |a second |a follow-up )(?:meeting|call|demo|demonstration|briefing|presentation)|meeting request|(?:like|love|want|hoping|hope) to (?:meet|schedule|set up|arrange|invite|get (?:some )?time|find (?:a )?time|brief|demo|show)|set up (?:a |an |some )?(?:time|meeting|call|demo|briefing)|schedule (?:a |an )?(?:meeting|call|demo|briefing|time)|invit(?:e|ed|es|ing|ation)\b.{0,60}\b(?:meet|demo|briefing|presentation|visit)|sought (?:a )?meeting|asked (?:for|to) (?:a )?(?:meet|meeting)|propos(?:e|ed|ing) (?:a |an )?(?:meeting|call|demo|briefing|time)|offer(?:ed|ing)? (?:a |to )?(?:demo|brief|meet))", RegexOptions.IgnoreCase)]
    private static partial Regex RequestWords();

    [GeneratedRegex(@"\b(?:follow(?:ed|ing|s)?[ -]up|follow-ups?|followup|action items?|following (?:up on )?(?:our|the|your|last week's|yesterday's|today's) (?:meeting|call|conversation|discussion|demo|presentation|briefing|visit)|as discussed|thank(?:s| you) (?:again )?for (?:meeting|taking the time|the (?:meeting|call|demo|time|opportunity|briefing|presentation|conversation|visit)|your time|hosting)|next steps)", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUpWords();

    [GeneratedRegex(@"\b(?:(?:published|publishes|released|releases|issued|issues|sent|posted|unveiled)\b.{0,40}?\b(?:report|study|test|analysis|letter|findings|audit|paper|review|investigation|survey|scorecard)s?\b|(?:report|study|test|letter|audit|analysis)\s+(?:published|released|issued)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PublicationWords();

    [GeneratedRegex(@"\b(?:cancel(?:l?ed|l?ing|s|lation)?|called off|call off|calling off|postpone(?:d|ment)?|scrapped|pulled out|declined (?:to meet|the (?:meeting|invitation|request|demo))|turned down|won't be able to (?:meet|make)|no longer (?:meet|take place|happen))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CancelWords();

    [GeneratedRegex(@"\b(?:will|would|shall|plan(?:s|ned)? to|scheduled|is set to|are set to|set for|propos(?:e|ed|ing)|next (?:week|month|monday|tuesday|wednesday|thursday|friday)|upcoming|tentative(?:ly)?|available|could we|can we|let's|let us|hope to|hoping to|look(?:ing)? forward to|invite|invited|would like)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProposedWords();

    [GeneratedRegex(@"\b(?:met|was held|were held|took place|visited|briefed|attended|presented|thank(?:s| you)|followed up|last (?:week|month|monday|tuesday|wednesday|thursday|friday)|ago|yesterday|earlier this|had (?:a|an|our)|during (?:the|our)|after (?:the|our)|at (?:the|our) (?:meeting|demo)|since)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastWords();

    [GeneratedRegex(@"\b(?:did not|didn't|never|has not|have not|hasn't|haven't|no) (?:meet|met|meeting|call|demo)", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedWords();

    public static List<EventCandidate> Find(DocumentText doc, MentionSet mentions, IReadOnlyDictionary<string, string> employers, EmailParties? email)
    {
        var found = new List<EventCandidate>();
        var reference = (doc.Document.Date ?? DateTimeOffset.UnixEpoch).DateTime;
        var referenceDay = DateOnly.FromDateTime(reference);
        var quoteStart = email is null ? int.MaxValue : doc.Text.IndexOf("\n>", StringComparison.Ordinal) is var q and >= 0 ? q : int.MaxValue;
        foreach (var (start, end) in doc.SentenceSpans)
        {
            if (end <= doc.BodyStart - 2 && !IsSubjectLine(doc, start)) continue;
            var sentence = doc.Text[start..end];
            var subject = IsSubjectLine(doc, start);
            var triggers = Triggers(sentence);
            // A subject line says what an email is (a follow-up, a request); what it names is described again in the body.
            if (subject) triggers = triggers.Where(t => t.Kind is EventKind.FollowUp or EventKind.MeetingRequest).ToList();
            if (triggers.Count == 0 || NegatedWords().IsMatch(sentence) || ReleaseStamp().IsMatch(sentence)) continue;
            var dates = subject ? [] : DateResolver.Find(sentence, start, reference).Where(d => Plausible(d, doc.Document.Date)).ToList();
            var cancelled = CancelWords().IsMatch(sentence);
            var proposed = ProposedWords().IsMatch(sentence);
            var past = PastWords().IsMatch(sentence);
            var participants = SentenceParticipants(doc, mentions, start, end, employers);
            if (email is not null && start < quoteStart) participants = [.. email.Participants, .. participants];

            // Each date belongs to the one event word nearest to it.
            var owner = dates.ToDictionary(d => d, d => triggers.MinBy(t => Math.Abs(start + t.At - d.Start)).At);
            foreach (var (foundKind, at, length) in triggers)
            {
                var kind = foundKind == EventKind.MeetingRequest && CallWords().IsMatch(sentence.AsSpan(at, length)) ? EventKind.Call : foundKind;
                var rule = $"event-{Ids.Prefix(kind)}-words";
                var date = NearestDate(dates.Where(d => owner[d] == at).ToList(), start + at);
                EventDate? when = null;
                if (kind == EventKind.FollowUp && email is not null && doc.Document.Date is { } sent)
                {
                    // An email that follows up is dated by when it was sent.
                    when = EventDate.OnDay(DateOnly.FromDateTime(sent.DateTime), "the email's Date header");
                }
                else if (date is not null)
                {
                    // A cancellation in an email is of something still to come; in an article, usually of something that was.
                    var wantsFuture = foundKind == EventKind.MeetingRequest || proposed && !past || cancelled && email is not null;
                    var wantsPast = past && !proposed || kind is EventKind.FollowUp or EventKind.Publication || email is null && (!proposed || cancelled);
                    when = wantsFuture ? date.Future : wantsPast ? date.Past : date.Nearest(referenceDay);
                }
                var status = kind switch
                {
                    EventKind.FollowUp or EventKind.Publication => EventStatus.Held,
                    _ when cancelled => EventStatus.Cancelled,
                    EventKind.MeetingRequest => EventStatus.Proposed,
                    _ when foundKind == EventKind.MeetingRequest => EventStatus.Proposed,
                    _ when when is not null && when.Start > referenceDay => EventStatus.Proposed,
                    _ when proposed && !past => EventStatus.Proposed,
                    _ => EventStatus.Held,
                };
                found.Add(new EventCandidate(kind, status, when, start + at, length, rule, 0.7, participants));
            }
        }
        return found;
    }

    private static bool IsSubjectLine(DocumentText doc, int start) => doc.Text.AsSpan(start).StartsWith("Subject: ");

    [GeneratedRegex(@"\b(?:FOIA|FOIPA|Bates|Released by|Request No|Case No|Page \d+ of \d+)", RegexOptions.IgnoreCase)]
    private static partial Regex ReleaseStamp();

    [GeneratedRegex(@"\b(?:later|after|afterwards|before|prior|following)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeToAnotherEvent();

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex Year();

    /// <summary>
    /// Dates a reporter would accept: not counted from some other event ("two days later"), within
    /// a sensible span of the document's date, and, for a document with no date, written with a year.
    /// </summary>
    private static bool Plausible(DateMention date, DateTimeOffset? documentDate)
    {
        if (RelativeToAnotherEvent().IsMatch(date.Wording)) return false;
        if (documentDate is null) return Year().IsMatch(date.Wording) && date.Past == date.Future;
        var year = date.Past?.Start.Year ?? date.Future!.Start.Year;
        return year >= 1990 && year <= documentDate.Value.Year + 5;
    }

    /// <summary>The kinds of event a sentence speaks of, each once, at the first word that says it.</summary>
    private static List<(EventKind Kind, int At, int Length)> Triggers(string sentence)
    {
        var triggers = new List<(EventKind, int, int)>();
        void Add(EventKind kind, Regex pattern)
        {
            if (pattern.Match(sentence) is { Success: true } m) triggers.Add((kind, m.Index, m.Length));
        }
        Add(EventKind.FollowUp, FollowUpWords());
        Add(EventKind.MeetingRequest, RequestWords());
        Add(EventKind.Publication, PublicationWords());
        var request = triggers.Any(t => t.Item1 == EventKind.MeetingRequest);
        // "Thank you for the call on Tuesday" speaks of the call as well as following it up.
        if (!request && MeetingWords().Match(sentence) is { Success: true } meeting)
        {
            triggers.Add((EventKind.Meeting, meeting.Index, meeting.Length));
        }
        if (!request && CallWords().Match(sentence) is { Success: true } call)
        {
            triggers.Add((EventKind.Call, call.Index, call.Length));
        }
        return triggers;
    }

    /// <summary>The date written nearest to the word that names the event.</summary>
    private static DateMention? NearestDate(List<DateMention> dates, int at)
    {
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var date in dates)
        {
            var distance = Math.Abs(date.Start - at);
            if (distance < bestDistance)
            {
                best = date;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>People and organisations named in the sentence, with the organisations the people work for.</summary>
    private static List<Participant> SentenceParticipants(DocumentText doc, MentionSet mentions, int start, int end, IReadOnlyDictionary<string, string> employers)
    {
        var participants = new List<Participant>();
        foreach (var mention in mentions.InOrder.Where(m => m.Start >= start && m.End <= end))
        {
            if (mention.Kind == EntityKind.Product || IsVenue(doc, mention)) continue;
            var id = Ids.ForEntity(mention.Kind, mention.Name);
            participants.Add(new Participant(id, mention.Kind == EntityKind.Person ? ParticipantRole.Attendee : ParticipantRole.RepresentedOrganisation));
            if (mention.Kind == EntityKind.Person && employers.TryGetValue(id, out var employer))
            {
                participants.Add(new Participant(employer, ParticipantRole.RepresentedOrganisation));
            }
        }
        return participants;
    }

    /// <summary>"at the offices of McKinsey": a place the meeting was held, not a party to it.</summary>
    private static bool IsVenue(DocumentText doc, Mention mention)
    {
        var before = doc.Text[Math.Max(0, mention.Start - 30)..mention.Start].ToLowerInvariant();
        return before.EndsWith("offices of ", StringComparison.Ordinal) || before.EndsWith("office of ", StringComparison.Ordinal)
            || before.EndsWith("headquarters of ", StringComparison.Ordinal);
    }
}

/// <summary>Who an email is from and to, with their organisations: the parties of every event its new text speaks of.</summary>
internal sealed record EmailParties(IReadOnlyList<Participant> Participants);
