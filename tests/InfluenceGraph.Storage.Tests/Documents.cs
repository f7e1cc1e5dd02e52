using InfluenceGraph.Core;

namespace InfluenceGraph.Storage.Tests;

/// <summary>Builds extraction results the way the extractor would, for the AWS–ICE case and variations of it.</summary>
internal sealed class Documents
{
    public static readonly string Aws = Ids.ForEntity(EntityKind.Company, "Amazon Web Services");
    public static readonly string Ice = Ids.ForEntity(EntityKind.Agency, "U.S. Immigration and Customs Enforcement");
    public static readonly string Dhs = Ids.ForEntity(EntityKind.Agency, "U.S. Department of Homeland Security");
    public static readonly string Ortiz = Ids.ForEntity(EntityKind.Person, "Maria Ortiz");
    public static readonly string Lee = Ids.ForEntity(EntityKind.Person, "Marcus Lee");
    public static readonly string Rekognition = Ids.ForEntity(EntityKind.Product, "Rekognition");

    private readonly List<Entity> _entities = [];
    private readonly List<Event> _events = [];
    private readonly List<Relation> _relations = [];
    private readonly SourceDocument _document;

    private Documents(SourceDocument document) => _document = document;

    public string Id => _document.Id;

    public static Documents Article(string text, DateTimeOffset? date = null, string? title = null)
    {
        var hash = Ids.ContentHash(System.Text.Encoding.UTF8.GetBytes(text));
        var name = title ?? text.Split('.')[0];
        return new Documents(new SourceDocument(Ids.ForArticle(name, hash), DocumentKind.Article, hash, $"/corpus/{hash[..6]}.txt",
            name, date ?? new DateTimeOffset(2018, 10, 23, 0, 0, 0, TimeSpan.Zero), text,
            new Dictionary<string, string> { ["author"] = "A. Reporter" }, [new Redaction(0, 6, "(b)(6)")]));
    }

    public Evidence Quote(string words, string rule = "test-rule", double confidence = 0.9)
    {
        var start = _document.Text.IndexOf(words, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"'{words}' is not in the document", nameof(words));
        return new Evidence(_document.Id, start, words.Length, words, rule, confidence);
    }

    public Documents Entity(EntityKind kind, string name, string mention, params string[] aliases)
    {
        _entities.Add(new Entity(Ids.ForEntity(kind, name), kind, name, aliases, [Quote(mention)], aliases.Length > 0 ? [$"'{aliases[0]}' is an alias of '{name}'"] : []));
        return this;
    }

    public Documents Event(EventKind kind, EventDate? date, string mention, params (string Id, ParticipantRole Role)[] participants)
    {
        var id = Ids.ForEvent(kind, date, participants.Select(p => p.Id));
        _events.Add(new Event(id, kind, kind == EventKind.MeetingRequest ? EventStatus.Proposed : EventStatus.Held, date, mention,
            participants.Select(p => new Participant(p.Id, p.Role)).ToList(), [Quote(mention)]));
        return this;
    }

    public Documents Relation(RelationKind kind, string source, string target, string mention, string? title = null, bool isFormer = false)
    {
        _relations.Add(new Relation(Ids.ForRelation(kind, source, target), kind, source, target, [Quote(mention)], title, isFormer));
        return this;
    }

    public string EventId(int index) => _events[index].Id;

    public ExtractionResult Build() => new(_document, _entities.ToList(), _events.ToList(), _relations.ToList());

    /// <summary>The motivating case: AWS met ICE on 2018-06-12, Marcus Lee followed up on 2018-06-15.</summary>
    public static Documents AwsMeetsIce()
    {
        const string text = "(b)(6) Amazon Web Services (AWS) staff met officials of U.S. Immigration and Customs Enforcement on June 12. "
            + "Marcus Lee, a solutions architect at AWS, followed up on June 15 about Rekognition. "
            + "Deputy Director Maria Ortiz of ICE attended. ICE is part of the U.S. Department of Homeland Security.";
        var d = Article(text, title: "AWS pitched ICE");
        var june12 = EventDate.OnDay(new DateOnly(2018, 6, 12), "June 12");
        var june15 = EventDate.OnDay(new DateOnly(2018, 6, 15), "June 15");
        d.Entity(EntityKind.Company, "Amazon Web Services", "Amazon Web Services", "AWS")
            .Entity(EntityKind.Agency, "U.S. Immigration and Customs Enforcement", "U.S. Immigration and Customs Enforcement", "ICE")
            .Entity(EntityKind.Agency, "U.S. Department of Homeland Security", "U.S. Department of Homeland Security")
            .Entity(EntityKind.Person, "Marcus Lee", "Marcus Lee", "Lee")
            .Entity(EntityKind.Person, "Maria Ortiz", "Maria Ortiz", "Ortiz")
            .Entity(EntityKind.Product, "Rekognition", "Rekognition")
            .Event(EventKind.Meeting, june12, "staff met officials of U.S. Immigration and Customs Enforcement on June 12",
                (Aws, ParticipantRole.RepresentedOrganisation), (Ice, ParticipantRole.RepresentedOrganisation), (Ortiz, ParticipantRole.Attendee))
            .Event(EventKind.FollowUp, june15, "followed up on June 15 about Rekognition", (Lee, ParticipantRole.Sender), (Ice, ParticipantRole.Recipient))
            .Relation(RelationKind.WorksFor, Lee, Aws, "Marcus Lee, a solutions architect at AWS", "solutions architect")
            .Relation(RelationKind.WorksFor, Ortiz, Ice, "Deputy Director Maria Ortiz of ICE", "Deputy Director")
            .Relation(RelationKind.PartOf, Ice, Dhs, "ICE is part of the U.S. Department of Homeland Security")
            .Relation(RelationKind.Offers, Aws, Rekognition, "about Rekognition");
        d._relations.Add(new Relation(Ids.ForRelation(RelationKind.FollowsUp, d.EventId(1), d.EventId(0)), RelationKind.FollowsUp, d.EventId(1), d.EventId(0), [d.Quote("followed up")]));
        return d;
    }
}
