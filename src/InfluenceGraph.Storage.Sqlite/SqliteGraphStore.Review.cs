using System.Globalization;
using System.Text.Json;
using InfluenceGraph.Core;
using Microsoft.Data.Sqlite;

namespace InfluenceGraph.Storage.Sqlite;

// Editors' decisions, corrections, merges and the audit log that records them.
public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// A condition on the fact whose id is <paramref name="idColumn"/> that keeps it when the review
    /// filter in <c>$review</c> allows it. A fact with no review row is unreviewed.
    /// </summary>
    private static string ReviewClause(string idColumn) => $"""
        (CASE $review
            WHEN 'All' THEN 1
            WHEN 'Confirmed' THEN EXISTS (SELECT 1 FROM reviews rv WHERE rv.fact_id = {idColumn} AND rv.status = 'Confirmed')
            ELSE NOT EXISTS (SELECT 1 FROM reviews rv WHERE rv.fact_id = {idColumn} AND rv.status = 'Rejected')
         END)
        """;

    private static Review ReadReview(SqliteConnection connection, string factId)
    {
        using var command = Command(connection, "SELECT status, reviewer, at, note FROM reviews WHERE fact_id = $id", ("$id", factId));
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return Review.None;
        return new Review(Enum.Parse<ReviewStatus>(reader.GetString(0)), reader.GetString(1),
            DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture), reader.IsDBNull(3) ? null : reader.GetString(3));
    }

    public async Task<Review?> ReviewAsync(ReviewDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return await WriteAsync(connection =>
        {
            var known = Scalar<long>(connection, """
                SELECT (SELECT count(*) FROM events WHERE id = $id) + (SELECT count(*) FROM relations WHERE id = $id) + (SELECT count(*) FROM entities WHERE id = $id)
                """, ("$id", decision.FactId)) > 0;
            if (!known) return null;
            var before = ReadReview(connection, decision.FactId);
            var after = new Review(decision.Status, decision.Reviewer, Now(), decision.Note);
            Execute(connection, """
                INSERT INTO reviews (fact_id, status, reviewer, at, note) VALUES ($id, $status, $reviewer, $at, $note)
                ON CONFLICT (fact_id) DO UPDATE SET status = excluded.status, reviewer = excluded.reviewer, at = excluded.at, note = excluded.note
                """, ("$id", decision.FactId), ("$status", after.Status.ToString()), ("$reviewer", after.Reviewer), ("$at", Iso(after.At!.Value)), ("$note", after.Note));
            Audit(connection, after.At.Value, decision.Reviewer, "review", decision.FactId, before, after, decision.Note);
            return after;
        }, cancellationToken);
    }

    public Task<Page<AuditEntry>> GetAuditLogAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var connection = Open();
        var parameters = new (string, object?)[] { ("$fact", query.FactId), ("$limit", query.Limit), ("$offset", query.Offset) };
        const string filter = "FROM audit_log WHERE $fact IS NULL OR fact_id = $fact";
        var total = (int)Scalar<long>(connection, $"SELECT count(*) {filter}", parameters);
        var entries = new List<AuditEntry>();
        using var command = Command(connection, $"SELECT id, at, actor, action, fact_id, before, after, note {filter} ORDER BY id DESC LIMIT $limit OFFSET $offset", parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            entries.Add(new AuditEntry(reader.GetInt64(0), DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture), reader.GetString(2),
                reader.GetString(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7)));
        }
        return Task.FromResult(new Page<AuditEntry>(entries, total, query.Limit, query.Offset));
    }

    public async Task<Entity?> CorrectEntityAsync(EntityCorrection correction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(correction);
        var found = await WriteAsync(connection =>
        {
            var before = NameAndKind(connection, correction.EntityId);
            if (before is null) return false;
            var name = correction.Name ?? before.Value.Name;
            var kind = correction.Kind?.ToString() ?? before.Value.Kind;
            Execute(connection, "UPDATE entities SET name = $name, kind = $kind WHERE id = $id", ("$id", correction.EntityId), ("$name", name), ("$kind", kind));
            // The old name stays an alias, so documents that use it still find the entity.
            Execute(connection, "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) VALUES ($id, $alias, $key)",
                ("$id", correction.EntityId), ("$alias", name), ("$key", AliasKey(name)));
            RefreshNames(connection, correction.EntityId);
            Audit(connection, Now(), correction.Editor, "correct", correction.EntityId, new { before.Value.Name, before.Value.Kind }, new { Name = name, Kind = kind }, correction.Note);
            return true;
        }, cancellationToken);
        return found ? await GetEntityAsync(correction.EntityId, cancellationToken) : null;
    }

    public async Task<Entity> MergeEntitiesAsync(EntityMerge merge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(merge);
        if (merge.SurvivorId == merge.DuplicateId) throw new ReviewConflictException("An entity cannot be merged into itself.");
        await WriteAsync(connection =>
        {
            var survivor = NameAndKind(connection, merge.SurvivorId) ?? throw new ReviewConflictException($"There is no entity '{merge.SurvivorId}'.");
            var duplicate = NameAndKind(connection, merge.DuplicateId) ?? throw new ReviewConflictException(
                Scalar<long>(connection, "SELECT count(*) FROM entity_merged_into WHERE entity_id = $id", ("$id", merge.DuplicateId)) > 0
                    ? $"'{merge.DuplicateId}' was already merged into another entity."
                    : $"There is no entity '{merge.DuplicateId}'.");
            var id = ("$dup", (object?)merge.DuplicateId);
            var snapshot = new MergeSnapshot(
                duplicate.Kind, duplicate.Name,
                Strings(connection, "SELECT alias FROM entity_aliases WHERE entity_id = $dup AND alias_key NOT IN (SELECT alias_key FROM entity_aliases WHERE entity_id = $keep)", id, ("$keep", merge.SurvivorId)),
                Strings(connection, "SELECT alias FROM entity_aliases WHERE entity_id = $dup", id),
                Strings(connection, "SELECT reason FROM entity_merges WHERE entity_id = $dup", id),
                Strings(connection, "SELECT document_id || char(31) || start || char(31) || length || char(31) || rule FROM evidence WHERE fact_id = $dup", id),
                Strings(connection, "SELECT event_id || char(31) || role FROM event_participants WHERE entity_id = $dup", id),
                Strings(connection, "SELECT id FROM relations WHERE source_id = $dup", id),
                Strings(connection, "SELECT id FROM relations WHERE target_id = $dup", id));
            Execute(connection, "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) SELECT $keep, alias, alias_key FROM entity_aliases WHERE entity_id = $dup", id, ("$keep", merge.SurvivorId));
            Execute(connection, "INSERT OR IGNORE INTO entity_merges (entity_id, reason) SELECT $keep, reason FROM entity_merges WHERE entity_id = $dup", id, ("$keep", merge.SurvivorId));
            Execute(connection, "INSERT OR IGNORE INTO entity_merges (entity_id, reason) VALUES ($keep, $reason)", ("$keep", merge.SurvivorId),
                ("$reason", $"'{duplicate.Name}' merged by {merge.Editor}" + (merge.Note is null ? "" : $": {merge.Note}")));
            Execute(connection, "UPDATE OR IGNORE evidence SET fact_id = $keep WHERE fact_id = $dup", id, ("$keep", merge.SurvivorId));
            Execute(connection, "UPDATE OR IGNORE event_participants SET entity_id = $keep WHERE entity_id = $dup", id, ("$keep", merge.SurvivorId));
            Execute(connection, "UPDATE relations SET source_id = $keep WHERE source_id = $dup", id, ("$keep", merge.SurvivorId));
            Execute(connection, "UPDATE relations SET target_id = $keep WHERE target_id = $dup", id, ("$keep", merge.SurvivorId));
            DeleteEntity(connection, merge.DuplicateId);
            Execute(connection, "UPDATE entity_merged_into SET survivor_id = $keep WHERE survivor_id = $dup", id, ("$keep", merge.SurvivorId));
            Execute(connection, "INSERT INTO entity_merged_into (entity_id, survivor_id, snapshot) VALUES ($dup, $keep, $snapshot)",
                id, ("$keep", merge.SurvivorId), ("$snapshot", JsonSerializer.Serialize(snapshot)));
            RefreshNames(connection, merge.SurvivorId);
            Audit(connection, Now(), merge.Editor, "merge", merge.SurvivorId, new { Id = merge.DuplicateId, duplicate.Name, duplicate.Kind }, new { Id = merge.SurvivorId, survivor.Name }, merge.Note);
            return true;
        }, cancellationToken);
        return (await GetEntityAsync(merge.SurvivorId, cancellationToken))!;
    }

    public async Task<Entity> SplitEntityAsync(EntitySplit split, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(split);
        await WriteAsync(connection =>
        {
            var json = Strings(connection, "SELECT snapshot FROM entity_merged_into WHERE entity_id = $id AND survivor_id = $keep", ("$id", split.MergedId), ("$keep", split.SurvivorId));
            if (json.Count == 0) throw new ReviewConflictException($"'{split.MergedId}' is not merged into '{split.SurvivorId}'.");
            var snapshot = JsonSerializer.Deserialize<MergeSnapshot>(json[0])!;
            var id = ("$id", (object?)split.MergedId);
            var keep = ("$keep", (object?)split.SurvivorId);
            Execute(connection, "INSERT INTO entities (id, kind, name) VALUES ($id, $kind, $name)", id, ("$kind", snapshot.Kind), ("$name", snapshot.Name));
            foreach (var alias in snapshot.Aliases)
            {
                Execute(connection, "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) VALUES ($id, $alias, $key)", id, ("$alias", alias), ("$key", AliasKey(alias)));
            }
            foreach (var alias in snapshot.AliasesBrought)
            {
                Execute(connection, "DELETE FROM entity_aliases WHERE entity_id = $keep AND alias = $alias", keep, ("$alias", alias));
            }
            foreach (var reason in snapshot.MergeReasons)
            {
                Execute(connection, "INSERT OR IGNORE INTO entity_merges (entity_id, reason) VALUES ($id, $reason)", id, ("$reason", reason));
            }
            foreach (var key in snapshot.Evidence.Select(k => k.Split('\u001f')))
            {
                Execute(connection, "UPDATE OR IGNORE evidence SET fact_id = $id WHERE fact_id = $keep AND document_id = $doc AND start = $start AND length = $length AND rule = $rule",
                    id, keep, ("$doc", key[0]), ("$start", int.Parse(key[1], CultureInfo.InvariantCulture)), ("$length", int.Parse(key[2], CultureInfo.InvariantCulture)), ("$rule", key[3]));
            }
            foreach (var key in snapshot.Participations.Select(k => k.Split('\u001f')))
            {
                Execute(connection, "INSERT OR IGNORE INTO event_participants (event_id, entity_id, role) VALUES ($event, $id, $role)", id, ("$event", key[0]), ("$role", key[1]));
            }
            foreach (var relation in snapshot.RelationsFrom) Execute(connection, "UPDATE relations SET source_id = $id WHERE id = $rel", id, ("$rel", relation));
            foreach (var relation in snapshot.RelationsTo) Execute(connection, "UPDATE relations SET target_id = $id WHERE id = $rel", id, ("$rel", relation));
            Execute(connection, "DELETE FROM entity_merged_into WHERE entity_id = $id", id);
            RefreshNames(connection, split.MergedId);
            RefreshNames(connection, split.SurvivorId);
            Audit(connection, Now(), split.Editor, "split", split.SurvivorId, new { Id = split.SurvivorId }, new { Id = split.MergedId, snapshot.Name }, split.Note);
            return true;
        }, cancellationToken);
        return (await GetEntityAsync(split.MergedId, cancellationToken))!;
    }

    /// <summary>Entity ids an editor merged away, mapped to the entity that absorbed them.</summary>
    private static Dictionary<string, string> MergedEntities(SqliteConnection connection, IEnumerable<string> ids)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids.Distinct())
        {
            var survivor = Strings(connection, "SELECT survivor_id FROM entity_merged_into WHERE entity_id = $id", ("$id", id));
            if (survivor.Count == 1) map[id] = survivor[0];
        }
        return map;
    }

    private static (string Name, string Kind)? NameAndKind(SqliteConnection connection, string entityId)
    {
        using var command = Command(connection, "SELECT name, kind FROM entities WHERE id = $id", ("$id", entityId));
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    private static void DeleteEntity(SqliteConnection connection, string entityId)
    {
        Execute(connection, "DELETE FROM entity_names WHERE rowid = (SELECT rowid FROM entities WHERE id = $id)", ("$id", entityId));
        Execute(connection, "DELETE FROM entity_aliases WHERE entity_id = $id", ("$id", entityId));
        Execute(connection, "DELETE FROM entity_merges WHERE entity_id = $id", ("$id", entityId));
        Execute(connection, "DELETE FROM evidence WHERE fact_id = $id", ("$id", entityId));
        Execute(connection, "DELETE FROM event_participants WHERE entity_id = $id", ("$id", entityId));
        Execute(connection, "DELETE FROM entities WHERE id = $id", ("$id", entityId));
    }

    private static void RefreshNames(SqliteConnection connection, string entityId) => Execute(connection, """
        INSERT OR REPLACE INTO entity_names (rowid, names)
        SELECT e.rowid, (SELECT group_concat(alias, ' | ') FROM entity_aliases WHERE entity_id = e.id) FROM entities e WHERE e.id = $id
        """, ("$id", entityId));

    private static void Audit(SqliteConnection connection, DateTimeOffset at, string actor, string action, string factId, object? before, object? after, string? note) =>
        Execute(connection, "INSERT INTO audit_log (at, actor, action, fact_id, before, after, note) VALUES ($at, $actor, $action, $fact, $before, $after, $note)",
            ("$at", Iso(at)), ("$actor", actor), ("$action", action), ("$fact", factId),
            ("$before", before is null ? null : JsonSerializer.Serialize(before, AuditEntry.Json)), ("$after", after is null ? null : JsonSerializer.Serialize(after, AuditEntry.Json)), ("$note", note));

    private static DateTimeOffset Now() => DateTimeOffset.UtcNow;

    private static string Iso(DateTimeOffset at) => at.ToString("o", CultureInfo.InvariantCulture);

    /// <summary>One write transaction behind the store's writer lock.</summary>
    private async Task<T> WriteAsync<T>(Func<SqliteConnection, T> write, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            using var connection = Open();
            using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.Serializable);
            var result = write(connection);
            transaction.Commit();
            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>What a merged entity brought to its survivor, so a split can give it back.</summary>
    private sealed record MergeSnapshot(
        string Kind, string Name, IReadOnlyList<string> AliasesBrought, IReadOnlyList<string> Aliases, IReadOnlyList<string> MergeReasons,
        IReadOnlyList<string> Evidence, IReadOnlyList<string> Participations, IReadOnlyList<string> RelationsFrom, IReadOnlyList<string> RelationsTo);
}
