using System.Net;
using System.Text;
using System.Text.Json;
using InfluenceGraph.Storage.Neo4j;

namespace InfluenceGraph.Storage.Tests;

/// <summary>The Query API transport against the request and response shapes Neo4j documents for it.</summary>
public sealed class QueryApiRunnerTests
{
    private static readonly Neo4jStoreOptions Options = new()
    {
        Url = new Uri("http://graph.example:7474"), Database = "newsroom", User = "reporter", Password = "s3cret-pass", FirstRetryDelay = TimeSpan.FromMilliseconds(1),
    };

    [Fact]
    public async Task A_statement_is_posted_with_its_parameters_and_its_rows_come_back_by_field()
    {
        var server = new FakeNeo4j((HttpStatusCode.Accepted, """
            {"data":{"fields":["id","mentions","confidence","aliases","former","missing","evidence"],
                     "values":[["agency:ice",12,0.85,["ICE","Immigration and Customs Enforcement"],true,null,[{"documentId":"article:x","start":3}]]]},
             "bookmarks":["FB:kcwQ"]}
            """));
        var runner = new QueryApiRunner(new HttpClient(server), Options);

        var result = await runner.RunAsync("MATCH (e:Entity {id: $id}) RETURN e.id AS id", new Dictionary<string, object?> { ["id"] = "agency:ice", ["limit"] = 5 });

        var request = Assert.Single(server.Requests);
        Assert.Equal("http://graph.example:7474/db/newsroom/query/v2", request.Uri.ToString());
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("reporter:s3cret-pass")), request.Authorization);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("MATCH (e:Entity {id: $id}) RETURN e.id AS id", body.RootElement.GetProperty("statement").GetString());
        Assert.Equal("agency:ice", body.RootElement.GetProperty("parameters").GetProperty("id").GetString());
        Assert.Equal(5, body.RootElement.GetProperty("parameters").GetProperty("limit").GetInt32());

        var row = result.Single();
        Assert.Equal("agency:ice", row.String("id"));
        Assert.Equal(12, row.Int("mentions"));
        Assert.Equal(0.85, row["confidence"].GetDouble());
        Assert.Equal(["ICE", "Immigration and Customs Enforcement"], row.Strings("aliases"));
        Assert.True(row.Bool("former"));
        Assert.True(row.IsNull("missing"));
        Assert.Null(row.NullableString("missing"));
        Assert.Equal(3, row["evidence"][0].GetProperty("start").GetInt32());
    }

    [Fact]
    public async Task A_bearer_token_replaces_the_password_when_given()
    {
        var server = new FakeNeo4j((HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]}}"""));
        var runner = new QueryApiRunner(new HttpClient(server), new Neo4jStoreOptions { Url = Options.Url, Token = "tok-123" });
        await runner.RunAsync("RETURN 1", new Dictionary<string, object?>());
        Assert.Equal("Bearer tok-123", server.Requests[0].Authorization);
    }

    [Fact]
    public async Task Transient_errors_are_retried_until_the_statement_passes()
    {
        var server = new FakeNeo4j(
            (HttpStatusCode.BadRequest, """{"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"ForsetiClient can't acquire lock"}]}"""),
            (HttpStatusCode.ServiceUnavailable, ""),
            (HttpStatusCode.Accepted, """{"data":{"fields":["n"],"values":[[1]]}}"""));
        var runner = new QueryApiRunner(new HttpClient(server), Options);

        var result = await runner.RunAsync("RETURN 1 AS n", new Dictionary<string, object?>());

        Assert.Equal(1, result.Single().Int("n"));
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Transient_errors_that_do_not_pass_give_up_after_the_set_attempts()
    {
        var busy = (HttpStatusCode.BadRequest, """{"errors":[{"code":"Neo.TransientError.Cluster.NotALeader","message":"No write operations are allowed"}]}""");
        var server = new FakeNeo4j(busy, busy, busy, busy, busy, busy);
        var runner = new QueryApiRunner(new HttpClient(server), Options);

        var error = await Assert.ThrowsAsync<Neo4jTransientException>(() => runner.RunAsync("RETURN 1", new Dictionary<string, object?>()));
        Assert.Equal(Options.MaxAttempts, server.Requests.Count);
        Assert.Equal("Neo.TransientError.Cluster.NotALeader", error.Code);
    }

    [Fact]
    public async Task Bad_credentials_fail_at_once_naming_the_user_and_server_but_never_the_password()
    {
        var server = new FakeNeo4j((HttpStatusCode.Unauthorized, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid username or password."}]}"""));
        var runner = new QueryApiRunner(new HttpClient(server), Options);

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => runner.RunAsync("RETURN 1", new Dictionary<string, object?>()));

        Assert.Single(server.Requests);
        Assert.Contains("refused user 'reporter'", error.Message, StringComparison.Ordinal);
        Assert.Contains("http://graph.example:7474", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pass", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_database_is_named_in_the_error()
    {
        var server = new FakeNeo4j((HttpStatusCode.NotFound, """{"errors":[{"code":"Neo.ClientError.Database.DatabaseNotFound","message":"Database does not exist. Database name: 'newsroom'."}]}"""));
        var runner = new QueryApiRunner(new HttpClient(server), Options);

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => runner.RunAsync("RETURN 1", new Dictionary<string, object?>()));

        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", error.Code);
        Assert.Contains("no database 'newsroom'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_statement_carries_Neo4js_code_and_message()
    {
        var server = new FakeNeo4j((HttpStatusCode.BadRequest, """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'MERG'"}]}"""));
        var runner = new QueryApiRunner(new HttpClient(server), Options);

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => runner.RunAsync("MERG (n)", new Dictionary<string, object?>()));

        Assert.IsNotType<Neo4jTransientException>(error);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("Invalid input 'MERG'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_says_so_and_where()
    {
        var runner = new QueryApiRunner(new HttpClient(new FakeNeo4j()), Options);
        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => runner.RunAsync("RETURN 1", new Dictionary<string, object?>()));
        Assert.Contains("cannot be reached", error.Message, StringComparison.Ordinal);
        Assert.Contains("graph.example:7474", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_that_is_not_the_Query_API_is_an_error_not_an_empty_result()
    {
        var server = new FakeNeo4j((HttpStatusCode.OK, "<html>proxy login</html>"));
        var runner = new QueryApiRunner(new HttpClient(server), Options);
        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => runner.RunAsync("RETURN 1", new Dictionary<string, object?>()));
        Assert.Contains("without a Query API answer", error.Message, StringComparison.Ordinal);
    }

    private sealed record Seen(Uri Uri, string? Authorization, string Body);

    /// <summary>Answers each request with the next canned reply; with none left, the connection is refused.</summary>
    private sealed class FakeNeo4j(params (HttpStatusCode Status, string Body)[] replies) : HttpMessageHandler
    {
        private int _next;

        public List<Seen> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(new Seen(request.RequestUri!, request.Headers.Authorization?.ToString(), await request.Content!.ReadAsStringAsync(cancellationToken)));
            if (_next >= replies.Length) throw new HttpRequestException("Connection refused (graph.example:7474)");
            var (status, body) = replies[_next++];
            return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }
    }
}
