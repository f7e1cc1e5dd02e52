namespace InfluenceGraph.Core;

/// <summary>Someone taking part in an event, and how.</summary>
public sealed record Participant(string EntityId, ParticipantRole Role);

/// <summary>A meeting, call, meeting request, follow-up or publication.</summary>
/// <param name="Id">Stable readable id such as <c>meeting:2018-06-12-amazon-web-services-us-immigration-and-customs-enforcement</c>.</param>
/// <param name="Date">Null when no document says when.</param>
/// <param name="Summary">A one-line description in the document's words.</param>
public sealed record Event(
    string Id,
    EventKind Kind,
    EventStatus Status,
    EventDate? Date,
    string Summary,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<Evidence> Evidence,
    Review? Review = null);
