using System.Data;
using System.Globalization;
using System.Text.Json;
using InfluenceGraph.Core;
using Microsoft.Data.Sqlite;

namespace InfluenceGraph.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, so readers never wait for the writer, and one
/// transaction per document, so an interrupted ingest leaves no half-written document.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore, IDisposable
{
    private readonly string _connectionString;

    // SQLite has one writer per file; queuing writers here avoids busy retries inside the process.
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    public SqliteGraphStore(SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = System.IO.Path.GetFullPath(options.Path);
        DatabasePath = path;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode = WAL;");
        using var schema = typeof(SqliteGraphStore).Assembly.GetManifestResourceStream("Schema.sql")!;
        Execute(connection, new StreamReader(schema).ReadToEnd());
    }

    public string DatabasePath { get; }

    public void Dispose() => _writeLock.Dispose();

    public async Task<StoreOutcome> StoreAsync(ExtractionResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            using var connection = Open();
            using var transaction = connection.BeginTransaction(IsolationLevel.Serializable);
            var document = result.Document;
            if (Scalar<long>(connection, "SELECT count(*) FROM documents WHERE id = $id OR content_hash = $hash", ("$id", document.Id), ("$hash", document.ContentHash)) > 0)
            {
                return StoreOutcome.AlreadyStored;
            }
            InsertDocument(connection, document);
            result = result.RedirectMergedEntities(MergedEntities(connection, result.EntityIds()));
            foreach (var entity in result.Entities) UpsertEntity(connection, entity);
            foreach (var @event in result.Events) UpsertEvent(connection, @event);
            foreach (var relation in result.Relations) UpsertRelation(connection, relation);
            cancellationToken.ThrowIfCancellationRequested();
            transaction.Commit();
            return StoreOutcome.Stored;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public Task<bool> ContainsDocumentAsync(string contentHash, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        return Task.FromResult(Scalar<long>(connection, "SELECT count(*) FROM documents WHERE content_hash = $hash", ("$hash", contentHash)) > 0);
    }

    public Task<SourceDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var command = Command(connection, "SELECT id, kind, content_hash, origin, title, date, text, metadata, redactions FROM documents WHERE id = $id", ("$id", documentId));
        using var reader = command.ExecuteReader();
        return Task.FromResult(reader.Read() ? ReadDocument(reader) : null);
    }

    public Task<Entity?> GetEntityAsync(string entityId, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var command = Command(connection, "SELECT id, kind, name FROM entities WHERE id = $id", ("$id", entityId));
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return Task.FromResult<Entity?>(null);
        var entity = new Entity(
            reader.GetString(0),
            Enum.Parse<EntityKind>(reader.GetString(1)),
            reader.GetString(2),
            Aliases(connection, entityId),
            ReadEvidence(connection, entityId),
            Strings(connection, "SELECT reason FROM entity_merges WHERE entity_id = $id ORDER BY reason", ("$id", entityId)),
            ReadReview(connection, entityId));
        return Task.FromResult<Entity?>(entity);
    }

    public Task<IReadOnlyList<EntitySummary>> FindEntitiesByNameAsync(EntityKind kind, string name, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        var ids = Strings(connection,
            "SELECT DISTINCT a.entity_id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias_key = $key AND e.kind = $kind ORDER BY a.entity_id",
            ("$key", AliasKey(name)), ("$kind", kind.ToString()));
        return Task.FromResult<IReadOnlyList<EntitySummary>>(ids.Select(id => Summary(connection, id)!).ToList());
    }

    public Task<Page<EntitySummary>> SearchEntitiesAsync(EntitySearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var match = FullTextQuery(search.Text);
        if (match is null) return Task.FromResult(new Page<EntitySummary>([], 0, search.Limit, search.Offset));
        using var connection = Open();
        const string matches = """
            FROM entity_names n JOIN entities e ON e.rowid = n.rowid
            WHERE entity_names MATCH $match AND ($kind IS NULL OR e.kind = $kind)
            """;
        var parameters = new (string, object?)[] { ("$match", match), ("$kind", search.Kind?.ToString()), ("$key", AliasKey(search.Text)), ("$limit", search.Limit), ("$offset", search.Offset) };
        var total = (int)Scalar<long>(connection, $"SELECT count(*) {matches}", parameters);
        // Exact names first, then the best full-text rank, then the most mentioned.
        var ids = Strings(connection, $"""
            SELECT e.id {matches}
            ORDER BY EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.id AND a.alias_key = $key) DESC,
                     bm25(entity_names),
                     (SELECT count(*) FROM evidence v WHERE v.fact_id = e.id) DESC,
                     e.id
            LIMIT $limit OFFSET $offset
            """, parameters);
        return Task.FromResult(new Page<EntitySummary>(ids.Select(id => Summary(connection, id)!).ToList(), total, search.Limit, search.Offset));
    }

    public Task<Subgraph> GetNeighbourhoodAsync(string nodeId, int depth, int maxNodes, ReviewFilter review = ReviewFilter.NotRejected, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        // Edges are walked both ways: "who met ICE" and "whom did ICE meet" are the same question.
        var reached = new List<(string Id, int Distance)>();
        // A rejected relation or event is not walked through, unless everything was asked for.
        using (var command = Command(connection, $"""
            WITH RECURSIVE reach(id, distance) AS (
                SELECT $start, 0
                UNION
                SELECT r.target_id, reach.distance + 1 FROM reach JOIN relations r ON r.source_id = reach.id WHERE reach.distance < $depth AND {ReviewClause("r.id")}
                UNION
                SELECT r.source_id, reach.distance + 1 FROM reach JOIN relations r ON r.target_id = reach.id WHERE reach.distance < $depth AND {ReviewClause("r.id")}
                UNION
                SELECT p.event_id, reach.distance + 1 FROM reach JOIN event_participants p ON p.entity_id = reach.id WHERE reach.distance < $depth AND {ReviewClause("p.event_id")}
                UNION
                SELECT p.entity_id, reach.distance + 1 FROM reach JOIN event_participants p ON p.event_id = reach.id WHERE reach.distance < $depth AND {ReviewClause("p.entity_id")}
            )
            SELECT id, min(distance) AS d FROM reach GROUP BY id ORDER BY d, id LIMIT $limit
            """, ("$start", nodeId), ("$depth", depth), ("$limit", maxNodes + 1), ("$review", review.ToString())))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) reached.Add((reader.GetString(0), reader.GetInt32(1)));
        }
        var truncated = reached.Count > maxNodes;
        if (truncated) reached.RemoveAt(reached.Count - 1);
        var distances = reached.ToDictionary(r => r.Id, r => r.Distance, StringComparer.Ordinal);
        return Task.FromResult(LoadSubgraph(connection, distances, truncated, review));
    }

    public Task<Page<Event>> GetEventsAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var connection = Open();
        // For one entity, its events are the starting set (the participants index), not every event.
        var filter = (query.EntityId is null ? "FROM events v" : "FROM (SELECT DISTINCT event_id FROM event_participants WHERE entity_id = $entity) p JOIN events v ON v.id = p.event_id")
            + $"""

            WHERE ($from IS NULL OR v.date_end >= $from)
              AND ($to IS NULL OR v.date_start <= $to)
              AND ($kind IS NULL OR v.kind = $kind)
              AND ($status IS NULL OR v.status = $status)
              AND {ReviewClause("v.id")}
            """;
        var parameters = new (string, object?)[]
        {
            ("$from", query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("$to", query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("$kind", query.Kind?.ToString()),
            ("$status", query.Status?.ToString()),
            ("$review", query.Review.ToString()),
            ("$entity", query.EntityId),
            ("$limit", query.Limit),
            ("$offset", query.Offset),
        };
        var total = (int)Scalar<long>(connection, $"SELECT count(*) {filter}", parameters);
        var events = new List<Event>();
        using (var command = Command(connection, $"""
            SELECT {EventColumns} {filter}
            ORDER BY v.date_start IS NULL, v.date_start, v.date_end, v.id
            LIMIT $limit OFFSET $offset
            """, parameters))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) events.Add(ReadEvent(reader, [], []));
        }
        return Task.FromResult(new Page<Event>(
            events.Select(e => e with { Participants = Participants(connection, e.Id), Evidence = ReadEvidence(connection, e.Id), Review = ReadReview(connection, e.Id) }).ToList(),
            total, query.Limit, query.Offset));
    }

    public Task<IReadOnlyList<Evidence>> GetEvidenceAsync(string factId, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        return Task.FromResult<IReadOnlyList<Evidence>>(ReadEvidence(connection, factId));
    }

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        return Task.FromResult(new GraphStats(
            (int)Scalar<long>(connection, "SELECT count(*) FROM documents"),
            CountBy<DocumentKind>(connection, "documents"),
            CountBy<EntityKind>(connection, "entities"),
            CountBy<EventKind>(connection, "events"),
            CountBy<RelationKind>(connection, "relations"),
            (int)Scalar<long>(connection, "SELECT count(*) FROM event_participants"),
            (int)Scalar<long>(connection, "SELECT count(*) FROM evidence")));
    }

    /// <summary>The nodes named, with their labels and distances, and every edge between two of them.</summary>
    private static Subgraph LoadSubgraph(SqliteConnection connection, Dictionary<string, int> distances, bool truncated, ReviewFilter review)
    {
        // The chosen ids go into an indexed temporary table: matching tens of thousands of edges
        // against a JSON list would compare every edge with every id. CROSS JOIN keeps SQLite
        // starting from the chosen ids; the temporary table has no statistics to plan by.
        Execute(connection, "CREATE TEMP TABLE IF NOT EXISTS chosen (id TEXT PRIMARY KEY) WITHOUT ROWID; DELETE FROM temp.chosen;");
        // Deferred, so filling a temporary table never waits for (or holds up) the writer of the main database.
        using (var transaction = connection.BeginTransaction(deferred: true))
        using (var insert = Command(connection, "INSERT OR IGNORE INTO temp.chosen (id) VALUES ($id)", ("$id", "")))
        {
            insert.Transaction = transaction;
            foreach (var id in distances.Keys)
            {
                insert.Parameters["$id"].Value = id;
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        var nodes = new List<GraphNode>();
        using (var command = Command(connection, $"""
            SELECT e.id, e.kind, e.name FROM temp.chosen c CROSS JOIN entities e ON e.id = c.id WHERE {ReviewClause("e.id")}
            UNION ALL
            SELECT v.id, v.kind, v.summary FROM temp.chosen c CROSS JOIN events v ON v.id = c.id WHERE {ReviewClause("v.id")}
            """, ("$review", review.ToString())))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetString(0);
                nodes.Add(new GraphNode(id, Ids.KindOf(id), id[..id.IndexOf(':', StringComparison.Ordinal)], reader.GetString(2), distances[id]));
            }
        }
        var edges = new List<GraphEdge>();
        using (var command = Command(connection, $"""
            SELECT r.id, r.kind, r.source_id, r.target_id, r.title
            FROM temp.chosen s CROSS JOIN relations r ON r.source_id = s.id CROSS JOIN temp.chosen t ON t.id = r.target_id
            WHERE {ReviewClause("r.id")}
            UNION ALL
            SELECT 'participated-in:' || p.entity_id || '..' || p.event_id, 'participated-in', p.entity_id, p.event_id, p.role
            FROM temp.chosen s CROSS JOIN event_participants p ON p.entity_id = s.id CROSS JOIN temp.chosen t ON t.id = p.event_id
            ORDER BY 1
            """, ("$review", review.ToString())))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                edges.Add(new GraphEdge(reader.GetString(0), EdgeType(reader.GetString(1)), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
            }
        }
        Execute(connection, "DELETE FROM temp.chosen;");
        var kept = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        edges.RemoveAll(e => !kept.Contains(e.SourceId) || !kept.Contains(e.TargetId));
        return new Subgraph(nodes.OrderBy(n => n.Distance).ThenBy(n => n.Id, StringComparer.Ordinal).ToList(), edges, truncated);
    }

    private static string EdgeType(string stored) =>
        Enum.TryParse<RelationKind>(stored, out var kind) ? Ids.Prefix(kind) : stored;

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY;");
        return connection;
    }
}
