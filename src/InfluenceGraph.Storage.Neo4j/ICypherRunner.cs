using System.Text.Json;

namespace InfluenceGraph.Storage.Neo4j;

/// <summary>
/// The one seam between the store and Neo4j: run one parameterised statement in its own
/// transaction and return its rows. The Query API over HTTP implements it here; the official
/// driver could implement it where it is available, with nothing else changed.
/// </summary>
public interface ICypherRunner
{
    Task<CypherResult> RunAsync(string statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken = default);
}

/// <summary>The rows of one statement: values by field name, as JSON.</summary>
public sealed class CypherResult(IReadOnlyList<string> fields, IReadOnlyList<JsonElement[]> rows)
{
    public IReadOnlyList<string> Fields { get; } = fields;

    public IReadOnlyList<JsonElement[]> Rows { get; } = rows;

    public IEnumerable<CypherRow> Records => Rows.Select(r => new CypherRow(Fields, r));

    public CypherRow Single() => Rows.Count == 1 ? new CypherRow(Fields, Rows[0]) : throw new Neo4jStoreException($"Expected one row from Neo4j, got {Rows.Count}.");
}

/// <summary>One row, read by field name.</summary>
public readonly struct CypherRow(IReadOnlyList<string> fields, JsonElement[] values)
{
    public JsonElement this[string field]
    {
        get
        {
            for (var i = 0; i < fields.Count; i++)
            {
                if (fields[i] == field) return values[i];
            }
            throw new Neo4jStoreException($"Neo4j's answer has no field '{field}'.");
        }
    }

    public string String(string field) => this[field].GetString() ?? throw new Neo4jStoreException($"Field '{field}' is null.");

    public string? NullableString(string field) => this[field].ValueKind == JsonValueKind.Null ? null : this[field].GetString();

    public int Int(string field) => this[field].GetInt32();

    public long Long(string field) => this[field].GetInt64();

    public bool Bool(string field) => this[field].GetBoolean();

    public bool IsNull(string field) => this[field].ValueKind == JsonValueKind.Null;

    public IReadOnlyList<string> Strings(string field) =>
        this[field].ValueKind == JsonValueKind.Null ? [] : this[field].EnumerateArray().Select(e => e.GetString()!).ToList();
}

/// <summary>Neo4j could not be reached or refused a statement; the message says which and what to do.</summary>
public class Neo4jStoreException(string message, string? code = null, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Neo4j's status code, e.g. Neo.ClientError.Security.Unauthorized; null for transport failures.</summary>
    public string? Code { get; } = code;
}
