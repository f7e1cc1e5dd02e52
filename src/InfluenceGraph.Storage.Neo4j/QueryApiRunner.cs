using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace InfluenceGraph.Storage.Neo4j;

/// <summary>
/// Runs statements through Neo4j's Query API (<c>POST /db/{database}/query/v2</c>), each in its own
/// implicit transaction: atomic, and routed correctly on clusters and Aura, where an explicit
/// transaction's requests would have to reach the same member. Transient errors are retried with
/// a doubling wait; bad credentials, an unknown database and an unreachable server fail at once
/// with a message that names the server but never the secret.
/// </summary>
public sealed class QueryApiRunner : ICypherRunner
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http;
    private readonly Neo4jStoreOptions _options;
    private readonly Uri _endpoint;

    public QueryApiRunner(HttpClient http, Neo4jStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Url is null) throw new Neo4jStoreException("Neo4j is chosen but Storage:Neo4j:Url is not set (e.g. http://localhost:7474).");
        _http = http;
        _options = options;
        _endpoint = new Uri(options.Url, $"db/{Uri.EscapeDataString(options.Database)}/query/v2");
    }

    public async Task<CypherResult> RunAsync(string statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken = default)
    {
        var body = JsonSerializer.Serialize(new { statement, parameters }, Json);
        var delay = _options.FirstRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SendAsync(body, cancellationToken);
            }
            catch (Neo4jTransientException) when (attempt < _options.MaxAttempts)
            {
                await Task.Delay(delay, cancellationToken);
                delay *= 2;
            }
        }
    }

    private async Task<CypherResult> SendAsync(string body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = _options.Token is { Length: > 0 } token
            ? new AuthenticationHeaderValue("Bearer", token)
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.User}:{_options.Password}")));
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jStoreException($"Neo4j at {_options.Where} cannot be reached: {e.Message}. Is the server running and is Storage:Neo4j:Url its HTTP address (port 7474, or 7473 for HTTPS)?", inner: e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jTransientException($"Neo4j at {_options.Where} did not answer in time.", null, e);
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            JsonDocument? document = null;
            try
            {
                document = text.Length > 0 ? JsonDocument.Parse(text) : null;
            }
            catch (JsonException)
            {
                // Not JSON: a proxy's error page or the wrong server; the status says enough below.
            }
            using (document)
            {
                if (document is not null && document.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
                {
                    throw Failure(response.StatusCode, errors[0].GetProperty("code").GetString() ?? "", errors[0].GetProperty("message").GetString() ?? "");
                }
                if (!response.IsSuccessStatusCode || document is null || !document.RootElement.TryGetProperty("data", out var data))
                {
                    throw Failure(response.StatusCode, "", $"HTTP {(int)response.StatusCode} {response.ReasonPhrase} without a Query API answer");
                }
                var fields = data.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToList();
                var rows = data.GetProperty("values").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.Clone()).ToArray()).ToList();
                return new CypherResult(fields, rows);
            }
        }
    }

    private Neo4jStoreException Failure(HttpStatusCode status, string code, string message)
    {
        if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) || status is HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests)
        {
            return new Neo4jTransientException($"Neo4j at {_options.Where} is busy ({code} {message}).", code);
        }
        if (code == "Neo.ClientError.Security.Unauthorized" || status == HttpStatusCode.Unauthorized)
        {
            var who = _options.Token is { Length: > 0 } ? "the token" : $"user '{_options.User}' and the password given";
            return new Neo4jStoreException($"Neo4j at {_options.Where} refused {who}: check Storage:Neo4j:User and Storage:Neo4j:Password (or Token).", code);
        }
        if (code == "Neo.ClientError.Database.DatabaseNotFound" || status == HttpStatusCode.NotFound)
        {
            return new Neo4jStoreException($"Neo4j at {_options.Where} has no database '{_options.Database}' (or no Query API at /db/{{database}}/query/v2, which needs Neo4j 5.25 or later): check Storage:Neo4j:Database. {message}", code);
        }
        if (code == "Neo.ClientError.Security.Forbidden" || status == HttpStatusCode.Forbidden)
        {
            return new Neo4jStoreException($"Neo4j at {_options.Where} does not allow this user to write or read here: {message}", code);
        }
        return new Neo4jStoreException($"Neo4j at {_options.Where} refused a statement: {code} {message}", code);
    }
}

/// <summary>A failure that may pass if the statement is run again: a deadlock, a leader switch, a busy server.</summary>
public sealed class Neo4jTransientException(string message, string? code, Exception? inner = null) : Neo4jStoreException(message, code, inner);
