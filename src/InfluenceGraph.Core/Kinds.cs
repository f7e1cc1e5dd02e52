namespace InfluenceGraph.Core;

/// <summary>What an entity is, after FollowTheMoney's Person, PublicBody, Company, Organization.</summary>
public enum EntityKind
{
    Person,
    /// <summary>Any government body: federal, state or local agency, police, legislature, court, and their sub-units.</summary>
    Agency,
    Company,
    /// <summary>NGOs, newsrooms, universities, trade groups.</summary>
    Organization,
    Product,
}

public enum DocumentKind
{
    Article,
    Email,
}

public enum EventKind
{
    Meeting,
    Call,
    MeetingRequest,
    FollowUp,
    Publication,
}

public enum EventStatus
{
    Held,
    Proposed,
    Cancelled,
}

public enum DatePrecision
{
    Day,
    Month,
    Year,
    Range,
}

public enum ParticipantRole
{
    Attendee,
    Organiser,
    Sender,
    Recipient,
    /// <summary>An organisation taking part through its people.</summary>
    RepresentedOrganisation,
}

public enum RelationKind
{
    /// <summary>Person → Agency, Company or Organization, with a title and whether it is former.</summary>
    WorksFor,
    /// <summary>Agency → parent agency, Company → parent company, Product line → product.</summary>
    PartOf,
    /// <summary>Company → Product.</summary>
    Offers,
    /// <summary>Event → the earlier event it follows up.</summary>
    FollowsUp,
    /// <summary>Email document → the email document it answers or quotes.</summary>
    RepliesTo,
    /// <summary>Email document → the email document it forwards.</summary>
    Forwards,
}

public enum ReviewStatus
{
    Unreviewed,
    Confirmed,
    Disputed,
    Rejected,
}
