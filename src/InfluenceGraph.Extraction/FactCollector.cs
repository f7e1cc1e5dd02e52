using InfluenceGraph.Core;

namespace InfluenceGraph.Extraction;

/// <summary>
/// Gathers what the rules find in one document, merging repeated mentions of one entity, event or
/// relation into one fact with all their evidence.
/// </summary>
/// <param name="sentences">The document's sentence spans (<see cref="DocumentText.SentenceSpans"/>), for quoting evidence.</param>
internal sealed class FactCollector(SourceDocument document, List<(int Start, int End)> sentences)
{
    private readonly Dictionary<string, EntityDraft> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EventDraft> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RelationDraft> _relations = new(StringComparer.Ordinal);

    public SourceDocument Document { get; } = document;

    public IEnumerable<EntityDraft> Entities => _entities.Values;

    public IReadOnlyCollection<EventDraft> Events => _events.Values;

    public EntityDraft? FindEntity(string id) => _entities.GetValueOrDefault(id);

    public EntityDraft AddEntity(EntityKind kind, string name, int start, int length, string rule, double confidence)
    {
        var id = Ids.ForEntity(kind, name);
        if (!_entities.TryGetValue(id, out var draft))
        {
            draft = new EntityDraft(id, kind, name);
            _entities[id] = draft;
        }
        draft.Evidence.Add(Evidence(start, length, rule, confidence));
        return draft;
    }

    /// <summary>Folds one entity into another of the same document (an address into the person it belongs to), keeping its evidence as the other's.</summary>
    public EntityDraft Merge(EntityDraft from, string intoName, string reason)
    {
        _entities.Remove(from.Id);
        var id = Ids.ForEntity(from.Kind, intoName);
        if (!_entities.TryGetValue(id, out var into))
        {
            into = new EntityDraft(id, from.Kind, intoName);
            _entities[id] = into;
        }
        into.Evidence.AddRange(from.Evidence);
        into.Aliases.Add(from.Name);
        into.Aliases.UnionWith(from.Aliases);
        into.MergeReasons.UnionWith(from.MergeReasons);
        into.MergeReasons.Add(reason);
        return into;
    }

    public EventDraft AddEvent(EventDraft draft)
    {
        if (_events.TryGetValue(draft.Id, out var existing))
        {
            existing.Absorb(draft);
            return existing;
        }
        _events[draft.Id] = draft;
        return draft;
    }

    public void AddRelation(RelationKind kind, string sourceId, string targetId, Evidence evidence, string? title = null, bool isFormer = false)
    {
        var id = Ids.ForRelation(kind, sourceId, targetId);
        if (!_relations.TryGetValue(id, out var draft))
        {
            draft = new RelationDraft(id, kind, sourceId, targetId, title, isFormer);
            _relations[id] = draft;
        }
        draft.Evidence.Add(evidence);
    }

    /// <summary>Evidence for a span: the quote is the sentence around it, so a reader sees the fact in context.</summary>
    public Evidence Evidence(int start, int length, string rule, double confidence)
    {
        var text = Document.Text;
        var (quoteStart, quoteEnd) = Sentences.Around(sentences, start, start + length);
        return new Evidence(Document.Id, start, length, text[quoteStart..quoteEnd].Trim(), rule, confidence);
    }

    public ExtractionResult ToResult()
    {
        var entities = _entities.Values.Select(e => e.ToEntity()).ToList();
        var known = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var events = _events.Values.Select(e => e.ToEvent(known)).ToList();
        var nodes = known.Concat(events.Select(e => e.Id)).ToHashSet(StringComparer.Ordinal);
        var relations = _relations.Values
            .Where(r => nodes.Contains(r.SourceId) || Ids.KindOf(r.SourceId) == NodeKind.Document)
            .Select(r => r.ToRelation())
            .ToList();
        return new ExtractionResult(Document, entities, events, relations);
    }
}

internal sealed class EntityDraft(string id, EntityKind kind, string name)
{
    public string Id { get; } = id;
    public EntityKind Kind { get; } = kind;
    public string Name { get; } = name;
    public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);
    public List<Evidence> Evidence { get; } = [];
    public SortedSet<string> MergeReasons { get; } = new(StringComparer.Ordinal);

    public Entity ToEntity() => new(Id, Kind, Name, Aliases.Where(a => a != Name).ToList(), Evidence.Distinct().OrderBy(e => e.Start).ToList(), MergeReasons.ToList());
}

internal sealed class EventDraft(string id, EventKind kind, EventStatus status, EventDate? date, string summary)
{
    public string Id { get; } = id;
    public EventKind Kind { get; } = kind;
    public EventStatus Status { get; } = status;
    public EventDate? Date { get; private set; } = date;
    public string Summary { get; } = summary;
    public List<Participant> Participants { get; } = [];
    public List<Evidence> Evidence { get; } = [];

    public void Absorb(EventDraft other)
    {
        Date ??= other.Date;
        foreach (var p in other.Participants.Where(p => !Participants.Contains(p))) Participants.Add(p);
        Evidence.AddRange(other.Evidence);
    }

    public Event ToEvent(IReadOnlySet<string> knownEntities) => new(
        Id, Kind, Status, Date, Summary,
        Participants.Where(p => knownEntities.Contains(p.EntityId)).Distinct().ToList(),
        Evidence.Distinct().OrderBy(e => e.Start).ToList());
}

internal sealed class RelationDraft(string id, RelationKind kind, string sourceId, string targetId, string? title, bool isFormer)
{
    public string Id { get; } = id;
    public RelationKind Kind { get; } = kind;
    public string SourceId { get; } = sourceId;
    public string TargetId { get; } = targetId;
    public List<Evidence> Evidence { get; } = [];

    public Relation ToRelation() => new(Id, Kind, SourceId, TargetId, Evidence.Distinct().ToList(), title, isFormer);
}
