namespace InfluenceGraph.Core;

/// <summary>A person taking part, with the organisation they were there for and their title.</summary>
public sealed record Attendee(string Id, string Name, ParticipantRole Role, string? Title);

/// <summary>One side of a meeting: an organisation and its people in the room.</summary>
public sealed record MeetingSide(string Id, string Name, EntityKind Kind, IReadOnlyList<Attendee> People);

/// <summary>A product named where a follow-up is told: what was pitched.</summary>
public sealed record ProductPitched(string Id, string Name);

/// <summary>A follow-up of a meeting: who wrote to whom, when, how long after, what it said and what products it named.</summary>
/// <param name="Proposed">The follow-up's own words, from each document that tells it.</param>
public sealed record MeetingFollowUp(Event FollowUp, int? DaysAfter, IReadOnlyList<Attendee> From, IReadOnlyList<Attendee> To, IReadOnlyList<string> Proposed, IReadOnlyList<ProductPitched> Products);

/// <summary>A vendor–agency meeting: when, who was in the room for each side, what it rests on, and what followed.</summary>
public sealed record VendorMeeting(
    Event Meeting,
    IReadOnlyList<MeetingSide> Vendors,
    IReadOnlyList<MeetingSide> Agencies,
    IReadOnlyList<Attendee> OthersPresent,
    IReadOnlyList<MeetingFollowUp> FollowUps);

/// <summary>
/// The headline question: which vendors met which agencies, when, who was in the room, and what
/// was followed up. The store finds the meetings; this puts each person on their side and the
/// follow-ups in order.
/// </summary>
public sealed class VendorMeetings(IGraphStore store)
{
    public async Task<Page<VendorMeeting>> FindAsync(MeetingQuery query, CancellationToken cancellationToken = default)
    {
        var meetings = await store.GetVendorMeetingsAsync(query, cancellationToken);
        var items = new List<VendorMeeting>();
        foreach (var meeting in meetings.Items) items.Add(await DescribeAsync(meeting, query.Review, cancellationToken));
        return new Page<VendorMeeting>(items, meetings.Total, meetings.Limit, meetings.Offset);
    }

    private async Task<VendorMeeting> DescribeAsync(Event meeting, ReviewFilter review, CancellationToken cancellationToken)
    {
        var names = (await store.GetEntityNamesAsync(meeting.Participants.Select(p => p.EntityId).Distinct().ToList(), cancellationToken))
            .ToDictionary(e => e.Id, StringComparer.Ordinal);
        var organisations = meeting.Participants.Where(p => names.TryGetValue(p.EntityId, out var e) && e.Kind is EntityKind.Company or EntityKind.Agency)
            .Select(p => names[p.EntityId]).DistinctBy(e => e.Id).ToList();
        // Amazon beside AWS, DHS beside ICE: a department or a parent company adds no one to the room; its part is the side.
        // HSI beside ICE: a unit of an agency that is itself part of a department sits on that agency's side, as the event's id does.
        var present = organisations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var organisation in organisations)
        {
            foreach (var parent in (await store.GetRelationsAsync(organisation.Id, RelationKind.PartOf, review, cancellationToken))
                         .Where(r => r.Kind == RelationKind.PartOf && r.SourceId == organisation.Id).Select(r => r.TargetId))
            {
                var parentIsPart = (await store.GetRelationsAsync(parent, RelationKind.PartOf, review, cancellationToken)).Any(r => r.Kind == RelationKind.PartOf && r.SourceId == parent);
                dropped.Add(present.Contains(parent) && parentIsPart ? organisation.Id : parent);
            }
        }
        organisations = organisations.Where(o => !dropped.Contains(o.Id)).ToList();
        var sides = organisations.ToDictionary(o => o.Id, _ => new List<Attendee>(), StringComparer.Ordinal);
        var others = new List<Attendee>();
        foreach (var person in meeting.Participants.Where(p => names.TryGetValue(p.EntityId, out var e) && e.Kind == EntityKind.Person).DistinctBy(p => p.EntityId))
        {
            var (employer, title) = await EmployerAsync(person.EntityId, sides.Keys, review, cancellationToken);
            var attendee = new Attendee(person.EntityId, names[person.EntityId].Name, person.Role, title);
            if (employer is not null) sides[employer].Add(attendee);
            else others.Add(attendee);
        }
        MeetingSide Side(EntityName o) => new(o.Id, o.Name, o.Kind, sides[o.Id]);
        return new VendorMeeting(
            meeting,
            organisations.Where(o => o.Kind == EntityKind.Company).Select(Side).ToList(),
            organisations.Where(o => o.Kind == EntityKind.Agency).Select(Side).ToList(),
            others,
            await FollowUpsAsync(meeting, review, cancellationToken));
    }

    /// <summary>The organisation of the meeting a person worked for, directly or through a sub-unit (HSI for ICE), with their title.</summary>
    private async Task<(string? Employer, string? Title)> EmployerAsync(string personId, IEnumerable<string> organisations, ReviewFilter review, CancellationToken cancellationToken)
    {
        var candidates = organisations.ToHashSet(StringComparer.Ordinal);
        foreach (var job in (await store.GetRelationsAsync(personId, RelationKind.WorksFor, review, cancellationToken)).Where(r => r.SourceId == personId && !r.IsFormer))
        {
            if (candidates.Contains(job.TargetId)) return (job.TargetId, job.Title);
            var parents = (await store.GetRelationsAsync(job.TargetId, RelationKind.PartOf, review, cancellationToken)).Where(r => r.SourceId == job.TargetId);
            if (parents.FirstOrDefault(p => candidates.Contains(p.TargetId)) is { } parent) return (parent.TargetId, job.Title);
        }
        return (null, null);
    }

    private async Task<List<MeetingFollowUp>> FollowUpsAsync(Event meeting, ReviewFilter review, CancellationToken cancellationToken)
    {
        var followUps = new List<MeetingFollowUp>();
        foreach (var link in (await store.GetRelationsAsync(meeting.Id, RelationKind.FollowsUp, review, cancellationToken)).Where(r => r.TargetId == meeting.Id))
        {
            if (await store.GetEventAsync(link.SourceId, cancellationToken) is not { } followUp || !Passes(followUp.Review, review)) continue;
            var names = (await store.GetEntityNamesAsync(followUp.Participants.Select(p => p.EntityId).Distinct().ToList(), cancellationToken))
                .Where(e => e.Kind == EntityKind.Person).ToDictionary(e => e.Id, StringComparer.Ordinal);
            List<Attendee> People(params ParticipantRole[] roles) => followUp.Participants
                .Where(p => roles.Contains(p.Role) && names.ContainsKey(p.EntityId)).DistinctBy(p => p.EntityId)
                .Select(p => new Attendee(p.EntityId, names[p.EntityId].Name, p.Role, null)).ToList();
            var from = People(ParticipantRole.Sender, ParticipantRole.Organiser);
            int? daysAfter = followUp.Date is { } f && meeting.Date is { } m ? f.Start.DayNumber - m.Start.DayNumber : null;
            var products = new List<ProductPitched>();
            foreach (var document in followUp.Evidence.Select(e => e.DocumentId).Distinct(StringComparer.Ordinal))
            {
                products.AddRange((await store.GetDocumentFactsAsync(document, cancellationToken))
                    .Where(f => f.FactId.StartsWith("product:", StringComparison.Ordinal)).Select(f => new ProductPitched(f.FactId, f.Label)));
            }
            followUps.Add(new MeetingFollowUp(followUp, daysAfter, from.Count > 0 ? from : People(ParticipantRole.Attendee), People(ParticipantRole.Recipient),
                followUp.Evidence.Select(e => e.Quote).Where(q => q.Length > 0).Distinct().ToList(), products.DistinctBy(p => p.Id).ToList()));
        }
        return followUps.OrderBy(f => f.FollowUp.Date?.Start ?? DateOnly.MaxValue).ThenBy(f => f.FollowUp.Id, StringComparer.Ordinal).ToList();
    }

    private static bool Passes(Review? review, ReviewFilter filter) => filter switch
    {
        ReviewFilter.All => true,
        ReviewFilter.Confirmed => review?.Status == ReviewStatus.Confirmed,
        _ => review?.Status != ReviewStatus.Rejected,
    };
}
