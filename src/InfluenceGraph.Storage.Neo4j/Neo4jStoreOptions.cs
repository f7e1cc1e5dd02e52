namespace InfluenceGraph.Storage.Neo4j;

/// <summary>
/// Bound from the <c>Storage:Neo4j</c> configuration section (environment: <c>Storage__Neo4j__Url</c>
/// and so on). The password and token are never logged or put in an error message.
/// </summary>
public sealed class Neo4jStoreOptions
{
    public const string Section = "Storage:Neo4j";

    /// <summary>The server's HTTP address, e.g. http://localhost:7474 or https://xxxx.databases.neo4j.io.</summary>
    public Uri? Url { get; set; }

    public string Database { get; set; } = "neo4j";

    public string User { get; set; } = "neo4j";

    public string? Password { get; set; }

    /// <summary>A bearer token (SSO, Aura); used instead of the user and password when set.</summary>
    public string? Token { get; set; }

    /// <summary>Attempts for a statement Neo4j answers with a transient error, the first included.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait before the first retry; each later wait doubles it.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The address without any credentials, for messages.</summary>
    public string Where => Url is null ? "(no URL)" : $"{Url.GetLeftPart(UriPartial.Authority)} database '{Database}'";
}
