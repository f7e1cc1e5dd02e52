using System.Globalization;
using System.Text.Json;
using InfluenceGraph.Core;
using Microsoft.Data.Sqlite;

namespace InfluenceGraph.Storage.Sqlite;

// Documents, threads, relations, vendor meetings and the whole graph: what the API asks.
public sealed partial class SqliteGraphStore
{
    private const string DocumentColumns = "d.id, d.kind, d.title, d.date, d.origin, json_extract(d.metadata, '$.from')";

    public Task<Page<DocumentSummary>> ListDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var connection = Open();
        const string filter = "FROM documents d WHERE ($kind IS NULL OR d.kind = $kind) AND ($ids IS NULL OR d.id IN (SELECT value FROM json_each($ids)))";
        var parameters = new (string, object?)[]
        {
            ("$kind", query.Kind?.ToString()), ("$ids", query.Ids is null ? null : JsonSerializer.Serialize(query.Ids)), ("$limit", query.Limit), ("$offset", query.Offset),
        };
        var total = (int)Scalar<long>(connection, $"SELECT count(*) {filter}", parameters);
        var items = Summaries(connection, $"SELECT {DocumentColumns} {filter} ORDER BY d.date DESC, d.id LIMIT $limit OFFSET $offset", parameters);
        return Task.FromResult(new Page<DocumentSummary>(items, total, query.Limit, query.Offset));
    }

    public Task<Page<DocumentHit>> SearchDocumentsAsync(string text, int limit, int offset, CancellationToken cancellationToken = default)
    {
        var match = FullTextQuery(text);
        if (match is null) return Task.FromResult(new Page<DocumentHit>([], 0, limit, offset));
        using var connection = Open();
        var parameters = new (string, object?)[] { ("$match", match), ("$limit", limit), ("$offset", offset) };
        var total = (int)Scalar<long>(connection, "SELECT count(*) FROM document_text WHERE document_text MATCH $match", parameters);
        var hits = new List<DocumentHit>();
        using (var command = Command(connection, $"""
            SELECT {DocumentColumns}, snippet(document_text, 1, '[', ']', '…', 16)
            FROM document_text JOIN documents d ON d.rowid = document_text.rowid
            WHERE document_text MATCH $match ORDER BY rank LIMIT $limit OFFSET $offset
            """, parameters))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) hits.Add(new DocumentHit(ReadSummary(reader), reader.GetString(6)));
        }
        return Task.FromResult(new Page<DocumentHit>(hits, total, limit, offset));
    }

    public Task<IReadOnlyList<DocumentFact>> GetDocumentFactsAsync(string documentId, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        var facts = new List<DocumentFact>();
        using var command = Command(connection, """
            SELECT v.fact_id, coalesce(e.name, ev.summary, r.kind), v.start, v.length, v.quote, v.rule, v.confidence
            FROM evidence v
            LEFT JOIN entities e ON e.id = v.fact_id
            LEFT JOIN events ev ON ev.id = v.fact_id
            LEFT JOIN relations r ON r.id = v.fact_id
            WHERE v.document_id = $id
            ORDER BY v.start, v.length DESC, v.fact_id
            """, ("$id", documentId));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var factId = reader.GetString(0);
            facts.Add(new DocumentFact(factId, Ids.KindOf(factId), reader.IsDBNull(1) ? factId : reader.GetString(1),
                new Evidence(documentId, reader.GetInt32(2), reader.GetInt32(3), reader.GetString(4), reader.GetString(5), reader.GetDouble(6))));
        }
        return Task.FromResult<IReadOnlyList<DocumentFact>>(facts);
    }

    public Task<IReadOnlyList<DocumentSummary>> GetThreadAsync(string documentId, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        // One thread: the same root Message-ID, or (for clients that drop the headers) the same subject without Re:/Fwd:.
        var thread = Summaries(connection, $"""
            SELECT {DocumentColumns} FROM documents d, documents me
            WHERE me.id = $id AND me.kind = 'Email' AND d.kind = 'Email'
              AND (json_extract(d.metadata, '$.thread') = json_extract(me.metadata, '$.thread')
                   OR length(json_extract(me.metadata, '$."subject-key"')) > 8
                      AND json_extract(d.metadata, '$."subject-key"') = json_extract(me.metadata, '$."subject-key"'))
            ORDER BY d.date, d.id
            """, ("$id", documentId));
        return Task.FromResult<IReadOnlyList<DocumentSummary>>(thread);
    }

    public Task<Event?> GetEventAsync(string eventId, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var command = Command(connection, $"SELECT {EventColumns} FROM events v WHERE v.id = $id", ("$id", eventId));
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return Task.FromResult<Event?>(null);
        return Task.FromResult<Event?>(ReadEvent(reader, Participants(connection, eventId), ReadEvidence(connection, eventId)) with { Review = ReadReview(connection, eventId) });
    }

    public Task<IReadOnlyList<Relation>> GetRelationsAsync(string nodeId, RelationKind? kind = null, ReviewFilter review = ReviewFilter.NotRejected, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        var relations = new List<Relation>();
        using (var command = Command(connection, $"""
            SELECT r.id, r.kind, r.source_id, r.target_id, r.title, r.is_former FROM relations r WHERE r.source_id = $id AND ($kind IS NULL OR r.kind = $kind) AND {ReviewClause("r.id")}
            UNION ALL
            SELECT r.id, r.kind, r.source_id, r.target_id, r.title, r.is_former FROM relations r WHERE r.target_id = $id AND ($kind IS NULL OR r.kind = $kind) AND {ReviewClause("r.id")}
            ORDER BY 2, 1
            """, ("$id", nodeId), ("$kind", kind?.ToString()), ("$review", review.ToString())))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                relations.Add(new Relation(reader.GetString(0), Enum.Parse<RelationKind>(reader.GetString(1)), reader.GetString(2), reader.GetString(3), [],
                    reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetInt64(5) != 0));
            }
        }
        return Task.FromResult<IReadOnlyList<Relation>>(relations.Select(r => r with { Evidence = ReadEvidence(connection, r.Id), Review = ReadReview(connection, r.Id) }).ToList());
    }

    public Task<Page<Event>> GetVendorMeetingsAsync(MeetingQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var connection = Open();
        // An agency asked for brings its sub-units along (HSI is ICE); a company, its subsidiaries (AWS is Amazon).
        // The clauses for the filters given are included, not switched off by parameter, so the planner
        // starts from the participants index instead of scanning every event.
        var filter = new System.Text.StringBuilder("""
            WITH RECURSIVE agencies(id) AS (
                SELECT $agency
                UNION SELECT r.source_id FROM relations r JOIN agencies a ON r.target_id = a.id WHERE r.kind = 'PartOf'
            ),
            vendors(id) AS (
                SELECT $vendor
                UNION SELECT r.source_id FROM relations r JOIN vendors c ON r.target_id = c.id WHERE r.kind = 'PartOf'
            )
            SELECT {0} FROM {1}
            WHERE v.kind IN ('Meeting', 'Call', 'MeetingRequest')
              AND ($from IS NULL OR v.date_end >= $from) AND ($to IS NULL OR v.date_start <= $to)
              AND 
            """ + ReviewClause("v.id").Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
        // With a party named, its events are the starting set; without, every event is.
        var from = query.VendorId is not null
            ? "(SELECT DISTINCT p.event_id AS id FROM event_participants p WHERE p.entity_id IN (SELECT id FROM vendors)) c JOIN events v ON v.id = c.id"
            : query.AgencyId is not null
                ? "(SELECT DISTINCT p.event_id AS id FROM event_participants p WHERE p.entity_id IN (SELECT id FROM agencies)) c JOIN events v ON v.id = c.id"
                : "events v";
        filter.Append(query.AgencyId is null
            ? " AND EXISTS (SELECT 1 FROM event_participants p JOIN entities e ON e.id = p.entity_id WHERE p.event_id = v.id AND e.kind = 'Agency')"
            : " AND v.id IN (SELECT p.event_id FROM event_participants p WHERE p.entity_id IN (SELECT id FROM agencies))");
        filter.Append(query.VendorId is null
            ? " AND EXISTS (SELECT 1 FROM event_participants p JOIN entities e ON e.id = p.entity_id WHERE p.event_id = v.id AND e.kind = 'Company')"
            : " AND v.id IN (SELECT p.event_id FROM event_participants p WHERE p.entity_id IN (SELECT id FROM vendors))");
        // A request or proposal for a day on which the same vendor and agency did meet is that meeting
        // asked for, told in another document; listed again it would read as a second meeting.
        filter.Append("""
             AND NOT (v.status = 'Proposed' AND EXISTS (
                SELECT 1 FROM events h
                WHERE h.kind IN ('Meeting', 'Call') AND h.status = 'Held' AND h.precision = 'Day' AND v.precision = 'Day'
                  AND h.date_start = v.date_start AND h.id <> v.id AND
            """ + ReviewClause("h.id").Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal) + """

                  AND EXISTS (SELECT 1 FROM event_participants a JOIN event_participants b ON b.entity_id = a.entity_id JOIN entities e ON e.id = a.entity_id
                              WHERE a.event_id = v.id AND b.event_id = h.id AND e.kind = 'Company')
                  AND EXISTS (SELECT 1 FROM event_participants a JOIN event_participants b ON b.entity_id = a.entity_id JOIN entities e ON e.id = a.entity_id
                              WHERE a.event_id = v.id AND b.event_id = h.id AND e.kind = 'Agency')))
            """);
        var parameters = new (string, object?)[]
        {
            ("$vendor", query.VendorId), ("$agency", query.AgencyId),
            ("$from", query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$to", query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("$limit", query.Limit), ("$offset", query.Offset), ("$review", query.Review.ToString()),
        };
        var total = (int)Scalar<long>(connection, string.Format(CultureInfo.InvariantCulture, filter.ToString(), "count(*)", from), parameters);
        var events = new List<Event>();
        using (var command = Command(connection, string.Format(CultureInfo.InvariantCulture, filter.ToString(),
            EventColumns, from)
            + " ORDER BY v.date_start IS NULL, v.date_start, v.id LIMIT $limit OFFSET $offset", parameters))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) events.Add(ReadEvent(reader, [], []));
        }
        return Task.FromResult(new Page<Event>(
            events.Select(e => e with { Participants = Participants(connection, e.Id), Evidence = ReadEvidence(connection, e.Id), Review = ReadReview(connection, e.Id) }).ToList(),
            total, query.Limit, query.Offset));
    }

    public Task<IReadOnlyList<EntityName>> GetEntityNamesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        using var connection = Open();
        var names = new List<EntityName>();
        using var command = Command(connection, "SELECT e.id, e.kind, e.name FROM entities e JOIN json_each($ids) j ON j.value = e.id", ("$ids", JsonSerializer.Serialize(entityIds)));
        using var reader = command.ExecuteReader();
        while (reader.Read()) names.Add(new EntityName(reader.GetString(0), Enum.Parse<EntityKind>(reader.GetString(1)), reader.GetString(2)));
        return Task.FromResult<IReadOnlyList<EntityName>>(names);
    }

    public Task<IReadOnlyList<EntitySummary>> GetEntitySummariesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        using var connection = Open();
        return Task.FromResult<IReadOnlyList<EntitySummary>>(entityIds.Select(id => Summary(connection, id)).OfType<EntitySummary>().ToList());
    }

    public Task<Subgraph> GetGraphAsync(int maxNodes, ReviewFilter review = ReviewFilter.NotRejected, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        var ids = Strings(connection, "SELECT id FROM (SELECT id FROM entities UNION ALL SELECT id FROM events) ORDER BY id LIMIT $limit", ("$limit", maxNodes + 1));
        var truncated = ids.Count > maxNodes;
        if (truncated) ids.RemoveAt(ids.Count - 1);
        return Task.FromResult(LoadSubgraph(connection, ids.ToDictionary(id => id, _ => 0, StringComparer.Ordinal), truncated, review));
    }

    private static List<DocumentSummary> Summaries(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var items = new List<DocumentSummary>();
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read()) items.Add(ReadSummary(reader));
        return items;
    }

    private static DocumentSummary ReadSummary(SqliteDataReader reader) => new(
        reader.GetString(0),
        Enum.Parse<DocumentKind>(reader.GetString(1)),
        reader.GetString(2),
        reader.IsDBNull(3) ? null : DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture),
        reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5));
}
