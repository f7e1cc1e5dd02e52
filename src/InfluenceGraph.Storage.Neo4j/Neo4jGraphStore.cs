using System.Globalization;
using System.Text.Json;
using InfluenceGraph.Core;

namespace InfluenceGraph.Storage.Neo4j;

/// <summary>
/// The production store: Neo4j, spoken to through <see cref="ICypherRunner"/>. Each document is
/// written by one statement (so atomically, on a cluster too); every read is one or two statements
/// answered by the server, never by pulling the graph into this process.
/// </summary>
public sealed class Neo4jGraphStore(ICypherRunner runner) : IGraphStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Creates the constraints and indexes the queries rely on; each exists once however often this runs.</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        foreach (var statement in Cypher.Schema) await RunAsync(statement, new(), cancellationToken);
    }

    public async Task<StoreOutcome> StoreAsync(ExtractionResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        var merged = await RunAsync(Cypher.MergedEntities, new() { ["ids"] = result.EntityIds().ToList() }, cancellationToken);
        result = result.RedirectMergedEntities(merged.Records.ToDictionary(r => r.String("id"), r => r.String("survivorId"), StringComparer.Ordinal));
        var document = result.Document;
        var evidence = result.Entities.SelectMany(e => e.Evidence.Select(x => EvidenceRow(e.Id, x)))
            .Concat(result.Events.SelectMany(e => e.Evidence.Select(x => EvidenceRow(e.Id, x))))
            .Concat(result.Relations.SelectMany(r => r.Evidence.Select(x => EvidenceRow(r.Id, x))))
            .DistinctBy(x => x["key"]).ToList();
        var parameters = new Dictionary<string, object?>
        {
            ["document"] = new Dictionary<string, object?>
            {
                ["id"] = document.Id,
                ["kind"] = document.Kind.ToString(),
                ["contentHash"] = document.ContentHash,
                ["origin"] = document.Origin,
                ["title"] = document.Title,
                ["date"] = document.Date?.ToString("o", CultureInfo.InvariantCulture),
                ["text"] = document.Text,
                ["metadata"] = JsonSerializer.Serialize(document.Metadata),
                ["redactions"] = JsonSerializer.Serialize(document.Redactions),
                ["ingestedAt"] = DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture),
                ["thread"] = document.Metadata.GetValueOrDefault(SourceDocument.ThreadKey),
                ["subjectKey"] = document.Metadata.GetValueOrDefault("subject-key"),
                ["from"] = document.Metadata.GetValueOrDefault("from"),
            },
            ["entities"] = result.Entities.Select(e =>
            {
                var aliases = e.Aliases.Prepend(e.Name).Distinct(StringComparer.Ordinal).ToList();
                return new Dictionary<string, object?>
                {
                    ["id"] = e.Id,
                    ["kind"] = e.Kind.ToString(),
                    ["name"] = e.Name,
                    ["aliases"] = aliases,
                    ["aliasKeys"] = aliases.Select(AliasKey).Distinct(StringComparer.Ordinal).ToList(),
                    ["mergeReasons"] = e.MergeReasons,
                };
            }).ToList(),
            ["events"] = result.Events.Select(e => new Dictionary<string, object?>
            {
                ["id"] = e.Id,
                ["kind"] = e.Kind.ToString(),
                ["status"] = e.Status.ToString(),
                ["dateStart"] = Day(e.Date?.Start),
                ["dateEnd"] = Day(e.Date?.End),
                ["precision"] = e.Date?.Precision.ToString(),
                ["dateWording"] = e.Date?.Wording,
                ["summary"] = e.Summary,
                ["participants"] = e.Participants.Select(p => new Dictionary<string, object?> { ["entityId"] = p.EntityId, ["role"] = p.Role.ToString() }).ToList(),
            }).ToList(),
            ["entityRelations"] = RelationRows(result.Relations, NodeKind.Entity),
            ["eventRelations"] = RelationRows(result.Relations, NodeKind.Event),
            ["documentRelations"] = RelationRows(result.Relations, NodeKind.Document),
            ["evidence"] = evidence,
        };
        var stored = await RunAsync(Cypher.StoreDocument, parameters, cancellationToken);
        return stored.Rows.Count == 1 ? StoreOutcome.Stored : StoreOutcome.AlreadyStored;
    }

    private static List<Dictionary<string, object?>> RelationRows(IEnumerable<Relation> relations, NodeKind endpoints) =>
        relations.Where(r => Ids.KindOf(r.SourceId) == endpoints).Select(r => new Dictionary<string, object?>
        {
            ["id"] = r.Id,
            ["type"] = Cypher.RelationTypes[r.Kind],
            ["sourceId"] = r.SourceId,
            ["targetId"] = r.TargetId,
            ["title"] = r.Title,
            ["properties"] = new Dictionary<string, object?> { ["id"] = r.Id, ["kind"] = r.Kind.ToString(), ["title"] = r.Title, ["isFormer"] = r.IsFormer },
        }).ToList();

    private static Dictionary<string, object?> EvidenceRow(string factId, Evidence e) => new()
    {
        ["key"] = EvidenceKey(factId, e),
        ["factId"] = factId,
        ["documentId"] = e.DocumentId,
        ["start"] = e.Start,
        ["length"] = e.Length,
        ["quote"] = e.Quote,
        ["rule"] = e.Rule,
        ["confidence"] = e.Confidence,
    };

    /// <summary>The fact id comes first, so a merge can move evidence by replacing that prefix.</summary>
    private static string EvidenceKey(string factId, Evidence e) =>
        string.Create(CultureInfo.InvariantCulture, $"{factId}|{e.DocumentId}|{e.Start}|{e.Length}|{e.Rule}");

    public async Task<bool> ContainsDocumentAsync(string contentHash, CancellationToken cancellationToken = default) =>
        (await RunAsync(Cypher.ContainsDocument, new() { ["hash"] = contentHash }, cancellationToken)).Single().Long("n") > 0;

    public async Task<SourceDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        var rows = await RunAsync(Cypher.GetDocument, new() { ["id"] = documentId }, cancellationToken);
        if (rows.Rows.Count == 0) return null;
        var r = rows.Single();
        return new SourceDocument(r.String("id"), Enum.Parse<DocumentKind>(r.String("kind")), r.String("contentHash"), r.String("origin"), r.String("title"),
            Date(r.NullableString("date")), r.String("text"),
            JsonSerializer.Deserialize<Dictionary<string, string>>(r.String("metadata"))!, JsonSerializer.Deserialize<List<Redaction>>(r.String("redactions"))!);
    }

    public async Task<Entity?> GetEntityAsync(string entityId, CancellationToken cancellationToken = default)
    {
        var rows = await RunAsync(Cypher.GetEntity, new() { ["id"] = entityId }, cancellationToken);
        if (rows.Rows.Count == 0) return null;
        var r = rows.Single();
        return new Entity(r.String("id"), Enum.Parse<EntityKind>(r.String("kind")), r.String("name"),
            r.Strings("aliases").Order(StringComparer.Ordinal).ToList(), ReadEvidence(r["evidence"]),
            r.Strings("mergeReasons").Order(StringComparer.Ordinal).ToList(), ReadReview(r));
    }

    public async Task<IReadOnlyList<EntitySummary>> FindEntitiesByNameAsync(EntityKind kind, string name, CancellationToken cancellationToken = default)
    {
        var ids = (await RunAsync(Cypher.FindEntitiesByName, new() { ["key"] = AliasKey(name), ["kind"] = kind.ToString() }, cancellationToken)).Records.Select(r => r.String("id")).ToList();
        return await GetEntitySummariesAsync(ids, cancellationToken);
    }

    public async Task<Page<EntitySummary>> SearchEntitiesAsync(EntitySearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var query = FullTextQuery(search.Text);
        if (query is null) return new Page<EntitySummary>([], 0, search.Limit, search.Offset);
        var r = (await RunAsync(Cypher.SearchEntities, new()
        {
            ["query"] = query, ["kind"] = search.Kind?.ToString(), ["key"] = AliasKey(search.Text), ["limit"] = search.Limit, ["offset"] = search.Offset,
        }, cancellationToken)).Single();
        return new Page<EntitySummary>(await GetEntitySummariesAsync(r.Strings("page"), cancellationToken), r.Int("total"), search.Limit, search.Offset);
    }

    public async Task<Subgraph> GetNeighbourhoodAsync(string nodeId, int depth, int maxNodes, ReviewFilter review = ReviewFilter.NotRejected, CancellationToken cancellationToken = default)
    {
        var statement = Cypher.Neighbourhood[Math.Clamp(depth, 1, Cypher.Neighbourhood.Count) - 1];
        var rows = await RunAsync(statement, new() { ["id"] = nodeId, ["limit"] = maxNodes, ["review"] = review.ToString() }, cancellationToken);
        if (rows.Rows.Count == 0) return new Subgraph([], [], false);
        var r = rows.Single();
        var distances = r["reached"].EnumerateArray().ToDictionary(x => x.GetProperty("id").GetString()!, x => x.GetProperty("distance").GetInt32(), StringComparer.Ordinal);
        return await LoadSubgraphAsync(distances, r.Bool("truncated"), review, cancellationToken);
    }

    private async Task<Subgraph> LoadSubgraphAsync(Dictionary<string, int> distances, bool truncated, ReviewFilter review, CancellationToken cancellationToken)
    {
        var r = (await RunAsync(Cypher.Subgraph, new() { ["ids"] = distances.Keys.ToList(), ["review"] = review.ToString() }, cancellationToken)).Single();
        var nodes = r["nodes"].EnumerateArray().Select(n => Node(n, distances.GetValueOrDefault(n.GetProperty("id").GetString()!))).ToList();
        var edges = r["edges"].EnumerateArray().Select(Edge).ToList();
        return new Subgraph(nodes.OrderBy(n => n.Distance).ThenBy(n => n.Id, StringComparer.Ordinal).ToList(), edges.OrderBy(e => e.Id, StringComparer.Ordinal).ToList(), truncated);
    }

    internal static GraphNode Node(JsonElement n, int distance) => Node(n.GetProperty("id").GetString()!, n.GetProperty("label").GetString()!, distance);

    private static GraphNode Node(string id, string label, int distance) => new(id, Ids.KindOf(id), id[..id.IndexOf(':', StringComparison.Ordinal)], label, distance);

    internal static GraphEdge Edge(JsonElement e) => Edge(e.GetProperty("id").GetString()!, e.GetProperty("type").GetString()!,
        e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()!, e.GetProperty("detail").ValueKind == JsonValueKind.Null ? null : e.GetProperty("detail").GetString());

    /// <summary>An edge as the embedded store names it: a relationship type becomes its id prefix (WORKS_FOR is works-for).</summary>
    private static GraphEdge Edge(string id, string type, string source, string target, string? detail) =>
        new(id, type == "PARTICIPATED_IN" ? "participated-in" : Ids.Prefix(Cypher.RelationTypes.First(t => t.Value == type).Key), source, target, detail);

    public async Task<Page<Event>> GetEventsAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var r = (await RunAsync(Cypher.FindEvents, new()
        {
            ["entity"] = query.EntityId, ["from"] = Day(query.From), ["to"] = Day(query.To), ["kind"] = query.Kind?.ToString(), ["status"] = query.Status?.ToString(),
            ["review"] = query.Review.ToString(), ["limit"] = query.Limit, ["offset"] = query.Offset,
        }, cancellationToken)).Single();
        return new Page<Event>(await ReadEventsAsync(r.Strings("page"), cancellationToken), r.Int("total"), query.Limit, query.Offset);
    }

    private async Task<IReadOnlyList<Event>> ReadEventsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return [];
        var rows = await RunAsync(Cypher.ReadEvents, new() { ["ids"] = ids }, cancellationToken);
        return rows.Records.Select(r =>
        {
            EventDate? date = r.IsNull("dateStart") ? null : new EventDate(
                DateOnly.ParseExact(r.String("dateStart"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateOnly.ParseExact(r.String("dateEnd"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Enum.Parse<DatePrecision>(r.String("precision")), r.String("dateWording"));
            var participants = r["participants"].EnumerateArray()
                .Select(p => new Participant(p.GetProperty("entityId").GetString()!, Enum.Parse<ParticipantRole>(p.GetProperty("role").GetString()!))).ToList();
            return new Event(r.String("id"), Enum.Parse<EventKind>(r.String("kind")), Enum.Parse<EventStatus>(r.String("status")), date, r.String("summary"),
                participants, ReadEvidence(r["evidence"]), ReadReview(r));
        }).ToList();
    }

    public async Task<IReadOnlyList<Evidence>> GetEvidenceAsync(string factId, CancellationToken cancellationToken = default) =>
        (await RunAsync(Cypher.GetEvidence, new() { ["id"] = factId }, cancellationToken)).Records.Select(r => new Evidence(
            r.String("documentId"), r.Int("start"), r.Int("length"), r.String("quote"), r.String("rule"), r["confidence"].GetDouble())).ToList();

    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        var r = (await RunAsync(Cypher.Stats, new(), cancellationToken)).Single();
        Dictionary<TKind, int> Counts<TKind>(string field) where TKind : struct, Enum
        {
            var counts = Enum.GetValues<TKind>().ToDictionary(k => k, _ => 0);
            foreach (var pair in r[field].EnumerateArray()) counts[Enum.Parse<TKind>(pair[0].GetString()!)] = pair[1].GetInt32();
            return counts;
        }
        var documents = Counts<DocumentKind>("documents");
        return new GraphStats(documents.Values.Sum(), documents, Counts<EntityKind>("entities"), Counts<EventKind>("events"), Counts<RelationKind>("relations"),
            r.Int("participations"), r.Int("evidence"));
    }

    public async Task<Page<DocumentSummary>> ListDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var r = (await RunAsync(Cypher.ListDocuments, new()
        {
            ["kind"] = query.Kind?.ToString(), ["ids"] = query.Ids, ["limit"] = query.Limit, ["offset"] = query.Offset,
        }, cancellationToken)).Single();
        return new Page<DocumentSummary>(r["items"].EnumerateArray().Select(Summary).ToList(), r.Int("total"), query.Limit, query.Offset);
    }

    public async Task<Page<DocumentHit>> SearchDocumentsAsync(string text, int limit, int offset, CancellationToken cancellationToken = default)
    {
        var query = FullTextQuery(text);
        if (query is null) return new Page<DocumentHit>([], 0, limit, offset);
        var r = (await RunAsync(Cypher.SearchDocuments, new() { ["query"] = query, ["limit"] = limit, ["offset"] = offset }, cancellationToken)).Single();
        var words = Words(text);
        return new Page<DocumentHit>(r["items"].EnumerateArray().Select(d => new DocumentHit(Summary(d), Snippet(d.GetProperty("text").GetString()!, words))).ToList(),
            r.Int("total"), limit, offset);
    }

    public async Task<IReadOnlyList<DocumentFact>> GetDocumentFactsAsync(string documentId, CancellationToken cancellationToken = default) =>
        (await RunAsync(Cypher.DocumentFacts, new() { ["id"] = documentId }, cancellationToken)).Records.Select(r =>
        {
            var factId = r.String("factId");
            // A relation's label is its kind, as the embedded store gives it.
            var label = r.NullableString("label") ?? Cypher.RelationTypes.Keys.FirstOrDefault(k => factId.StartsWith(Ids.Prefix(k) + ":", StringComparison.Ordinal)).ToString();
            return new DocumentFact(factId, Ids.KindOf(factId), label,
                new Evidence(documentId, r.Int("start"), r.Int("length"), r.String("quote"), r.String("rule"), r["confidence"].GetDouble()));
        }).ToList();

    public async Task<IReadOnlyList<DocumentSummary>> GetThreadAsync(string documentId, CancellationToken cancellationToken = default) =>
        (await RunAsync(Cypher.Thread, new() { ["id"] = documentId }, cancellationToken)).Records.Select(r => new DocumentSummary(
            r.String("id"), Enum.Parse<DocumentKind>(r.String("kind")), r.String("title"), Date(r.NullableString("date")), r.String("origin"), r.NullableString("from"))).ToList();

    public async Task<Event?> GetEventAsync(string eventId, CancellationToken cancellationToken = default) =>
        (await ReadEventsAsync([eventId], cancellationToken)) is [var found, ..] ? found : null;

    public async Task<IReadOnlyList<Relation>> GetRelationsAsync(string nodeId, RelationKind? kind = null, ReviewFilter review = ReviewFilter.NotRejected, CancellationToken cancellationToken = default)
    {
        if (!Cypher.Relations.TryGetValue(Label(nodeId), out var statement)) return [];
        return (await RunAsync(statement, new() { ["id"] = nodeId, ["kind"] = kind?.ToString(), ["review"] = review.ToString() }, cancellationToken)).Records.Select(r =>
            new Relation(r.String("id"), Enum.Parse<RelationKind>(r.String("kind")), r.String("source"), r.String("target"), ReadEvidence(r["evidence"]),
                r.NullableString("title"), !r.IsNull("isFormer") && r.Bool("isFormer"), ReadReview(r))).ToList();
    }

    public async Task<Page<Event>> GetVendorMeetingsAsync(MeetingQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var r = (await RunAsync(Cypher.VendorMeetings, new()
        {
            ["vendor"] = query.VendorId, ["agency"] = query.AgencyId, ["from"] = Day(query.From), ["to"] = Day(query.To),
            ["review"] = query.Review.ToString(), ["limit"] = query.Limit, ["offset"] = query.Offset,
        }, cancellationToken)).Single();
        return new Page<Event>(await ReadEventsAsync(r.Strings("page"), cancellationToken), r.Int("total"), query.Limit, query.Offset);
    }

    public async Task<IReadOnlyList<EntityName>> GetEntityNamesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) =>
        (await RunAsync(Cypher.EntityNames, new() { ["ids"] = entityIds }, cancellationToken)).Records
            .Select(r => new EntityName(r.String("id"), Enum.Parse<EntityKind>(r.String("kind")), r.String("name"))).ToList();

    public async Task<IReadOnlyList<EntitySummary>> GetEntitySummariesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        if (entityIds.Count == 0) return [];
        var found = (await RunAsync(Cypher.EntitySummaries, new() { ["ids"] = entityIds }, cancellationToken)).Records.Select(r => new EntitySummary(
            r.String("id"), Enum.Parse<EntityKind>(r.String("kind")), r.String("name"), r.Strings("aliases").Order(StringComparer.Ordinal).ToList(),
            r.Int("mentions"), r.Int("documents"))).ToDictionary(s => s.Id, StringComparer.Ordinal);
        return entityIds.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    public async Task<Subgraph> GetGraphAsync(int maxNodes, ReviewFilter review = ReviewFilter.NotRejected, CancellationToken cancellationToken = default)
    {
        var cut = await RunAsync(Cypher.GraphCut, new() { ["maxNodes"] = maxNodes }, cancellationToken);
        var before = cut.Rows.Count == 1 ? cut.Single().String("id") : null;
        var parameters = new Dictionary<string, object?> { ["before"] = before, ["review"] = review.ToString() };
        var nodes = (await RunAsync(Cypher.GraphNodes, parameters, cancellationToken)).Records
            .Select(r => Node(r.String("id"), r.String("label"), 0)).OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        var edges = (await RunAsync(Cypher.GraphEdges, parameters, cancellationToken)).Records
            .Select(r => Edge(r.String("id"), r.String("type"), r.String("source"), r.String("target"), r.NullableString("detail")))
            .OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        return new Subgraph(nodes, edges, before is not null);
    }

    public async Task<Review?> ReviewAsync(ReviewDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var fact = FactLabel(decision.FactId);
        if (fact is null) return null;
        // Read, then write only if no one else decided in between; a lost race is read again.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var read = await RunAsync(Cypher.ReadReview[fact], new() { ["id"] = decision.FactId }, cancellationToken);
            if (read.Rows.Count == 0) return null;
            var before = ReadReview(read.Single());
            var after = new Review(decision.Status, decision.Reviewer, DateTimeOffset.UtcNow, decision.Note);
            var written = await RunAsync(Cypher.WriteReview[fact], new()
            {
                ["id"] = decision.FactId, ["expectedStatus"] = before.Status.ToString(), ["expectedAt"] = before.At is { } at ? Iso(at) : "",
                ["status"] = after.Status.ToString(), ["reviewer"] = after.Reviewer, ["at"] = Iso(after.At!.Value), ["note"] = after.Note,
                ["before"] = JsonSerializer.Serialize(before, AuditEntry.Json), ["after"] = JsonSerializer.Serialize(after, AuditEntry.Json),
            }, cancellationToken);
            if (written.Rows.Count == 1) return after;
        }
        throw new ReviewConflictException($"'{decision.FactId}' kept changing while this decision was being recorded; try again.");
    }

    public async Task<Page<AuditEntry>> GetAuditLogAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var r = (await RunAsync(Cypher.AuditLog, new() { ["fact"] = query.FactId, ["limit"] = query.Limit, ["offset"] = query.Offset }, cancellationToken)).Single();
        string? Text(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetString();
        return new Page<AuditEntry>(r["items"].EnumerateArray().Select(a => new AuditEntry(
            a.GetProperty("id").GetInt64(), DateTimeOffset.Parse(a.GetProperty("at").GetString()!, CultureInfo.InvariantCulture), a.GetProperty("actor").GetString()!,
            a.GetProperty("action").GetString()!, a.GetProperty("factId").GetString()!, Text(a, "before"), Text(a, "after"), Text(a, "note"))).ToList(),
            r.Int("total"), query.Limit, query.Offset);
    }

    public async Task<Entity?> CorrectEntityAsync(EntityCorrection correction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(correction);
        var names = await GetEntityNamesAsync([correction.EntityId], cancellationToken);
        var before = names.Count > 0 ? names[0] : null;
        if (before is null) return null;
        var name = correction.Name ?? before.Name;
        var kind = correction.Kind ?? before.Kind;
        var written = await RunAsync(Cypher.CorrectEntity, new()
        {
            ["id"] = correction.EntityId, ["expectedName"] = before.Name, ["expectedKind"] = before.Kind.ToString(), ["name"] = name, ["kind"] = kind.ToString(),
            ["nameKey"] = AliasKey(name), ["at"] = Iso(DateTimeOffset.UtcNow), ["actor"] = correction.Editor, ["action"] = "correct", ["factId"] = correction.EntityId,
            ["before"] = JsonSerializer.Serialize(new { before.Name, before.Kind }, AuditEntry.Json), ["after"] = JsonSerializer.Serialize(new { Name = name, Kind = kind }, AuditEntry.Json),
            ["note"] = correction.Note,
        }, cancellationToken);
        if (written.Rows.Count == 0) throw new ReviewConflictException($"'{correction.EntityId}' changed while it was being corrected; try again.");
        return await GetEntityAsync(correction.EntityId, cancellationToken);
    }

    public async Task<Entity> MergeEntitiesAsync(EntityMerge merge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(merge);
        if (merge.SurvivorId == merge.DuplicateId) throw new ReviewConflictException("An entity cannot be merged into itself.");
        var read = await RunAsync(Cypher.MergeSnapshot, new() { ["survivor"] = merge.SurvivorId, ["duplicate"] = merge.DuplicateId }, cancellationToken);
        if (read.Rows.Count == 0)
        {
            var merged = await RunAsync(Cypher.MergedEntities, new() { ["ids"] = new[] { merge.DuplicateId } }, cancellationToken);
            throw new ReviewConflictException(merged.Rows.Count > 0 ? $"'{merge.DuplicateId}' was already merged into another entity."
                : $"There is no entity '{merge.SurvivorId}' or '{merge.DuplicateId}'.");
        }
        var s = read.Single();
        var snapshot = new MergeSnapshot(s.String("kind"), s.String("name"), s.Strings("aliasesBrought"), s.Strings("aliases"), s.Strings("mergeReasons"),
            s.Strings("evidence"), s["participations"].EnumerateArray().Select(p => new[] { p[0].GetString()!, p[1].GetString()! }).ToList(),
            s.Strings("relationsFrom"), s.Strings("relationsTo"));
        await RunAsync(Cypher.MergeEntities, new()
        {
            ["survivor"] = merge.SurvivorId, ["duplicate"] = merge.DuplicateId, ["snapshot"] = JsonSerializer.Serialize(snapshot, AuditEntry.Json),
            ["reason"] = $"'{snapshot.Name}' merged by {merge.Editor}" + (merge.Note is null ? "" : $": {merge.Note}"),
            ["at"] = Iso(DateTimeOffset.UtcNow), ["actor"] = merge.Editor, ["action"] = "merge", ["factId"] = merge.SurvivorId,
            ["before"] = JsonSerializer.Serialize(new { Id = merge.DuplicateId, snapshot.Name, snapshot.Kind }, AuditEntry.Json),
            ["after"] = JsonSerializer.Serialize(new { Id = merge.SurvivorId, Name = s.String("survivorName") }, AuditEntry.Json), ["note"] = merge.Note,
        }, cancellationToken);
        return (await GetEntityAsync(merge.SurvivorId, cancellationToken))!;
    }

    public async Task<Entity> SplitEntityAsync(EntitySplit split, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(split);
        var read = await RunAsync(Cypher.MergedSnapshot, new() { ["merged"] = split.MergedId, ["survivor"] = split.SurvivorId }, cancellationToken);
        if (read.Rows.Count == 0) throw new ReviewConflictException($"'{split.MergedId}' is not merged into '{split.SurvivorId}'.");
        var snapshot = JsonSerializer.Deserialize<MergeSnapshot>(read.Single().String("snapshot"), AuditEntry.Json)!;
        await RunAsync(Cypher.SplitEntity, new()
        {
            ["survivor"] = split.SurvivorId, ["merged"] = split.MergedId, ["kind"] = snapshot.Kind, ["name"] = snapshot.Name, ["aliases"] = snapshot.Aliases,
            ["aliasKeys"] = snapshot.Aliases.Select(AliasKey).Distinct().ToList(), ["aliasesBrought"] = snapshot.AliasesBrought,
            ["aliasKeysBrought"] = snapshot.AliasesBrought.Select(AliasKey).Distinct().ToList(), ["mergeReasons"] = snapshot.MergeReasons,
            ["evidence"] = snapshot.Evidence, ["participations"] = snapshot.Participations, ["relationsFrom"] = snapshot.RelationsFrom, ["relationsTo"] = snapshot.RelationsTo,
            ["at"] = Iso(DateTimeOffset.UtcNow), ["actor"] = split.Editor, ["action"] = "split", ["factId"] = split.SurvivorId,
            ["before"] = JsonSerializer.Serialize(new { Id = split.SurvivorId }, AuditEntry.Json), ["after"] = JsonSerializer.Serialize(new { Id = split.MergedId, snapshot.Name }, AuditEntry.Json),
            ["note"] = split.Note,
        }, cancellationToken);
        return (await GetEntityAsync(split.MergedId, cancellationToken))!;
    }

    private sealed record MergeSnapshot(
        string Kind, string Name, IReadOnlyList<string> AliasesBrought, IReadOnlyList<string> Aliases, IReadOnlyList<string> MergeReasons,
        IReadOnlyList<string> Evidence, IReadOnlyList<string[]> Participations, IReadOnlyList<string> RelationsFrom, IReadOnlyList<string> RelationsTo);

    /// <summary>The key of <see cref="Cypher.ReadReview"/> for a fact id: Entity, Event or a relationship type.</summary>
    private static string? FactLabel(string factId) => Ids.KindOf(factId) switch
    {
        NodeKind.Entity => "Entity",
        NodeKind.Event => "Event",
        _ => Cypher.RelationTypes.Where(t => factId.StartsWith(Ids.Prefix(t.Key) + ":", StringComparison.Ordinal)).Select(t => t.Value).FirstOrDefault(),
    };

    private static string Label(string nodeId) => Ids.KindOf(nodeId) switch
    {
        NodeKind.Entity => "Entity",
        NodeKind.Event => "Event",
        NodeKind.Document => "Document",
        _ => "",
    };

    private static Review ReadReview(CypherRow r) => r.IsNull("reviewStatus")
        ? Review.None
        : new Review(Enum.Parse<ReviewStatus>(r.String("reviewStatus")), r.NullableString("reviewer"), Date(r.NullableString("reviewedAt")), r.NullableString("reviewNote"));

    private static List<Evidence> ReadEvidence(JsonElement list) => list.EnumerateArray().Select(x => new Evidence(
        x.GetProperty("documentId").GetString()!, x.GetProperty("start").GetInt32(), x.GetProperty("length").GetInt32(),
        x.GetProperty("quote").GetString()!, x.GetProperty("rule").GetString()!, x.GetProperty("confidence").GetDouble())).ToList();

    private static DocumentSummary Summary(JsonElement d) => new(
        d.GetProperty("id").GetString()!, Enum.Parse<DocumentKind>(d.GetProperty("kind").GetString()!), d.GetProperty("title").GetString()!,
        Date(d.GetProperty("date").ValueKind == JsonValueKind.Null ? null : d.GetProperty("date").GetString()), d.GetProperty("origin").GetString()!,
        d.TryGetProperty("from", out var from) && from.ValueKind == JsonValueKind.String ? from.GetString() : null);

    private static string[] Words(string text) =>
        text.Split((char[])[' ', '\t', '\n', '.', ',', '(', ')', '"', '\'', '-', '/', '&', ':', ';', '*', '@', '\\', '+', '!', '?', '[', ']', '{', '}', '^', '~', '|'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Each word of the reporter's text as a quoted Lucene term, the last also as a prefix, so
    /// Lucene's operators in a name are searched for, never interpreted.
    /// </summary>
    private static string? FullTextQuery(string text)
    {
        var words = Words(text);
        if (words.Length == 0) return null;
        var last = words[^1];
        return string.Join(" AND ", words[..^1].Select(w => $"\"{w}\"")
            .Append($"(\"{last}\" OR {string.Concat(last.Select(c => char.IsLetterOrDigit(c) ? c.ToString() : "\\" + c))}*)"));
    }

    /// <summary>The passage around the first word found, with the words found between [ and ], as the embedded store gives it.</summary>
    private static string Snippet(string text, string[] words)
    {
        var at = words.Select(w => text.IndexOf(w, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, text.LastIndexOf(' ', Math.Max(0, at - 60)) + 1);
        var end = Math.Min(text.Length, start + 160);
        var passage = text[start..end];
        foreach (var word in words) passage = System.Text.RegularExpressions.Regex.Replace(passage, System.Text.RegularExpressions.Regex.Escape(word), m => $"[{m.Value}]", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return (start > 0 ? "…" : "") + passage + (end < text.Length ? "…" : "");
    }

    private static string AliasKey(string alias) => alias.Trim().ToLowerInvariant();

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset? Date(string? iso) => iso is null ? null : DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    private static string Iso(DateTimeOffset at) => at.ToString("o", CultureInfo.InvariantCulture);

    private Task<CypherResult> RunAsync(string statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        runner.RunAsync(statement, parameters, cancellationToken);
}
