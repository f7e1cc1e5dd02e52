using System.Globalization;
using System.Text.Json;
using InfluenceGraph.Core;
using Microsoft.Data.Sqlite;

namespace InfluenceGraph.Storage.Sqlite;

// Row-level reading and writing, kept apart from the queries the product asks.
public sealed partial class SqliteGraphStore
{
    private static void InsertDocument(SqliteConnection connection, SourceDocument document)
    {
        Execute(connection, """
            INSERT INTO documents (id, kind, content_hash, origin, title, date, text, metadata, redactions, ingested_at)
            VALUES ($id, $kind, $hash, $origin, $title, $date, $text, $metadata, $redactions, $now)
            """,
            ("$id", document.Id), ("$kind", document.Kind.ToString()), ("$hash", document.ContentHash),
            ("$origin", document.Origin), ("$title", document.Title),
            ("$date", document.Date?.ToString("o", CultureInfo.InvariantCulture)), ("$text", document.Text),
            ("$metadata", JsonSerializer.Serialize(document.Metadata)),
            ("$redactions", JsonSerializer.Serialize(document.Redactions)),
            ("$now", DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture)));
        Execute(connection, "INSERT INTO document_text (rowid, title, text) VALUES ((SELECT rowid FROM documents WHERE id = $id), $title, $text)",
            ("$id", document.Id), ("$title", document.Title), ("$text", document.Text));
    }

    private static void UpsertEntity(SqliteConnection connection, Entity entity)
    {
        // The first document to name an entity sets its canonical name; later ones add aliases.
        var changed = Execute(connection, "INSERT INTO entities (id, kind, name) VALUES ($id, $kind, $name) ON CONFLICT (id) DO NOTHING",
            ("$id", entity.Id), ("$kind", entity.Kind.ToString()), ("$name", entity.Name));
        foreach (var alias in entity.Aliases.Prepend(entity.Name))
        {
            changed += Execute(connection, "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) VALUES ($id, $alias, $key)",
                ("$id", entity.Id), ("$alias", alias), ("$key", AliasKey(alias)));
        }
        foreach (var reason in entity.MergeReasons)
        {
            Execute(connection, "INSERT OR IGNORE INTO entity_merges (entity_id, reason) VALUES ($id, $reason)", ("$id", entity.Id), ("$reason", reason));
        }
        if (changed > 0)
        {
            Execute(connection, """
                INSERT OR REPLACE INTO entity_names (rowid, names)
                SELECT e.rowid, (SELECT group_concat(alias, ' | ') FROM entity_aliases WHERE entity_id = e.id) FROM entities e WHERE e.id = $id
                """, ("$id", entity.Id));
        }
        InsertEvidence(connection, entity.Id, entity.Evidence);
    }

    private static void UpsertEvent(SqliteConnection connection, Event @event)
    {
        // A later document may date an event that an earlier one left undated, never the reverse; and
        // a meeting one document proposes and another says was held was held.
        Execute(connection, """
            INSERT INTO events (id, kind, status, date_start, date_end, precision, date_wording, summary)
            VALUES ($id, $kind, $status, $start, $end, $precision, $wording, $summary)
            ON CONFLICT (id) DO UPDATE SET
                status = CASE WHEN excluded.status = 'Held' OR (excluded.status = 'Cancelled' AND events.status = 'Proposed') THEN excluded.status ELSE events.status END,
                date_start = coalesce(events.date_start, excluded.date_start),
                date_end = coalesce(events.date_end, excluded.date_end),
                precision = coalesce(events.precision, excluded.precision),
                date_wording = coalesce(events.date_wording, excluded.date_wording)
            """,
            ("$id", @event.Id), ("$kind", @event.Kind.ToString()), ("$status", @event.Status.ToString()),
            ("$start", IsoDay(@event.Date?.Start)), ("$end", IsoDay(@event.Date?.End)),
            ("$precision", @event.Date?.Precision.ToString()), ("$wording", @event.Date?.Wording), ("$summary", @event.Summary));
        foreach (var participant in @event.Participants)
        {
            Execute(connection, "INSERT OR IGNORE INTO event_participants (event_id, entity_id, role) VALUES ($event, $entity, $role)",
                ("$event", @event.Id), ("$entity", participant.EntityId), ("$role", participant.Role.ToString()));
        }
        InsertEvidence(connection, @event.Id, @event.Evidence);
    }

    private static void UpsertRelation(SqliteConnection connection, Relation relation)
    {
        Execute(connection, """
            INSERT INTO relations (id, kind, source_id, target_id, title, is_former)
            VALUES ($id, $kind, $source, $target, $title, $former)
            ON CONFLICT (id) DO UPDATE SET title = coalesce(relations.title, excluded.title)
            """,
            ("$id", relation.Id), ("$kind", relation.Kind.ToString()), ("$source", relation.SourceId), ("$target", relation.TargetId),
            ("$title", relation.Title), ("$former", relation.IsFormer ? 1 : 0));
        InsertEvidence(connection, relation.Id, relation.Evidence);
    }

    private static void InsertEvidence(SqliteConnection connection, string factId, IEnumerable<Evidence> evidence)
    {
        foreach (var e in evidence)
        {
            Execute(connection, """
                INSERT OR IGNORE INTO evidence (fact_id, document_id, start, length, quote, rule, confidence)
                VALUES ($fact, $document, $start, $length, $quote, $rule, $confidence)
                """,
                ("$fact", factId), ("$document", e.DocumentId), ("$start", e.Start), ("$length", e.Length),
                ("$quote", e.Quote), ("$rule", e.Rule), ("$confidence", e.Confidence));
        }
    }

    private static SourceDocument ReadDocument(SqliteDataReader reader) => new(
        reader.GetString(0),
        Enum.Parse<DocumentKind>(reader.GetString(1)),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.IsDBNull(5) ? null : DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture),
        reader.GetString(6),
        JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(7))!,
        JsonSerializer.Deserialize<List<Redaction>>(reader.GetString(8))!);

    /// <summary>The columns <see cref="ReadEvent"/> reads, in its order, from an events table aliased <c>v</c>.</summary>
    private const string EventColumns = "v.id, v.kind, v.status, v.date_start, v.date_end, v.precision, v.date_wording, v.summary";

    private static Event ReadEvent(SqliteDataReader reader, IReadOnlyList<Participant> participants, IReadOnlyList<Evidence> evidence)
    {
        EventDate? date = reader.IsDBNull(3) ? null : new EventDate(
            DateOnly.ParseExact(reader.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateOnly.ParseExact(reader.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Enum.Parse<DatePrecision>(reader.GetString(5)),
            reader.GetString(6));
        return new Event(reader.GetString(0), Enum.Parse<EventKind>(reader.GetString(1)), Enum.Parse<EventStatus>(reader.GetString(2)),
            date, reader.GetString(7), participants, evidence);
    }

    private static List<Participant> Participants(SqliteConnection connection, string eventId)
    {
        var participants = new List<Participant>();
        using var command = Command(connection, "SELECT entity_id, role FROM event_participants WHERE event_id = $id ORDER BY role, entity_id", ("$id", eventId));
        using var reader = command.ExecuteReader();
        while (reader.Read()) participants.Add(new Participant(reader.GetString(0), Enum.Parse<ParticipantRole>(reader.GetString(1))));
        return participants;
    }

    private static List<Evidence> ReadEvidence(SqliteConnection connection, string factId)
    {
        var evidence = new List<Evidence>();
        using var command = Command(connection, """
            SELECT v.document_id, v.start, v.length, v.quote, v.rule, v.confidence
            FROM evidence v LEFT JOIN documents d ON d.id = v.document_id
            WHERE v.fact_id = $id ORDER BY d.date, v.document_id, v.start
            """, ("$id", factId));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            evidence.Add(new Evidence(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4), reader.GetDouble(5)));
        }
        return evidence;
    }

    private static List<string> Aliases(SqliteConnection connection, string entityId) =>
        Strings(connection, "SELECT alias FROM entity_aliases WHERE entity_id = $id AND alias <> (SELECT name FROM entities WHERE id = $id) ORDER BY alias", ("$id", entityId));

    private static EntitySummary? Summary(SqliteConnection connection, string entityId)
    {
        using var command = Command(connection, """
            SELECT e.id, e.kind, e.name,
                   (SELECT count(*) FROM evidence v WHERE v.fact_id = e.id),
                   (SELECT count(DISTINCT v.document_id) FROM evidence v WHERE v.fact_id = e.id)
            FROM entities e WHERE e.id = $id
            """, ("$id", entityId));
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return new EntitySummary(reader.GetString(0), Enum.Parse<EntityKind>(reader.GetString(1)), reader.GetString(2),
            Aliases(connection, entityId), reader.GetInt32(3), reader.GetInt32(4));
    }

    private static Dictionary<TKind, int> CountBy<TKind>(SqliteConnection connection, string table) where TKind : struct, Enum
    {
        var counts = Enum.GetValues<TKind>().ToDictionary(k => k, _ => 0);
        using var command = Command(connection, $"SELECT kind, count(*) FROM {table} GROUP BY kind");
        using var reader = command.ExecuteReader();
        while (reader.Read()) counts[Enum.Parse<TKind>(reader.GetString(0))] = reader.GetInt32(1);
        return counts;
    }

    /// <summary>
    /// Each word of the reporter's text as a quoted FTS5 term, the last one as a prefix, so
    /// punctuation and FTS5 operators in a name are searched for, never interpreted.
    /// </summary>
    private static string? FullTextQuery(string text)
    {
        var words = text.Split((char[])[' ', '\t', '\n', '.', ',', '(', ')', '"', '\'', '-', '/', '&', ':', ';', '*', '@'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        return string.Join(' ', words.Select((w, i) => $"\"{w}\"" + (i == words.Length - 1 ? "*" : "")));
    }

    private static string AliasKey(string alias) => alias.Trim().ToLowerInvariant();

    private static string? IsoDay(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // Statements are constants of this class; every value travels as a parameter.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            if (sql.Contains(name, StringComparison.Ordinal)) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }

    private static int Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private static T Scalar<T>(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return (T)command.ExecuteScalar()!;
    }

    private static List<string> Strings(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var values = new List<string>();
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read()) values.Add(reader.GetString(0));
        return values;
    }
}
