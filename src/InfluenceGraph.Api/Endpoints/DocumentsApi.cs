using System.Text.Json;
using InfluenceGraph.Core;
using InfluenceGraph.Extraction.Readers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InfluenceGraph.Api.Endpoints;

/// <summary>A document as an upload returns it: whether it was new, and everything extracted from it.</summary>
public sealed record IngestedDocument(DocumentSummary Document, StoreOutcome Outcome, IReadOnlyList<Entity> Entities, IReadOnlyList<Event> Events, IReadOnlyList<Relation> Relations);

/// <summary>An article given as JSON instead of a file.</summary>
/// <param name="Title">The headline.</param>
/// <param name="Text">The body.</param>
/// <param name="Published">The date relative dates are read against, YYYY-MM-DD.</param>
/// <param name="Source">The newsroom or publisher.</param>
/// <param name="Author">The reporter.</param>
public sealed record NewArticle(string Title, string Text, string? Published, string? Source, string? Author);

/// <summary>One document with its text and every span something was found in.</summary>
public sealed record DocumentDetail(SourceDocument Document, IReadOnlyList<DocumentFact> Facts);

public static class DocumentsApi
{
    /// <summary>The largest upload: larger than any article or single email.</summary>
    public const long MaxUploadBytes = 16 * 1024 * 1024;

    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documents").WithTags("Documents");
        group.MapPost("/", Upload).WithName("UploadDocument").WithSummary("Ingest an article or email")
            .WithDescription("Upload a file as multipart/form-data field `file` (.txt .md .html .eml .mbox), or an article as JSON "
                + "{\"title\",\"text\",\"published\":\"YYYY-MM-DD\",\"source\",\"author\"}. Returns what was extracted from each document in it. "
                + "Idempotent: a document already stored is reported as AlreadyStored and changes nothing. 413 over 16 MB, 415 for other file types, "
                + "422 for a file that cannot be read. Needs an editor key (X-Api-Key).")
            .Accepts<NewArticle>("application/json", "multipart/form-data")
            .Produces<IReadOnlyList<IngestedDocument>>(StatusCodes.Status201Created).Produces<IReadOnlyList<IngestedDocument>>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireAuthorization(Access.Edit).RequireRateLimiting(Access.Writes)
            .DisableAntiforgery();
        group.MapGet("/", List).WithName("ListDocuments").WithSummary("List documents, newest first")
            .WithDescription("Optionally of one kind (Article or Email). Paged with limit (1-200) and offset.");
        group.MapGet("/search", Search).WithName("SearchDocuments").WithSummary("Full-text search over document text")
            .WithDescription("Words of q are all required, the last one as a prefix; each hit has a snippet with the matched words in [brackets].");
        group.MapGet("/{id}", Get).WithName("GetDocument").WithSummary("One document with its text and the spans of what was found in it")
            .WithDescription("Each fact lists the entity, event or relation, the span (start, length), the quote and the rule that found it.");
        group.MapGet("/{id}/thread", Thread).WithName("GetThread").WithSummary("The emails of a document's thread, oldest first")
            .WithDescription("Threads are rebuilt from Message-ID, In-Reply-To and References, with the subject as a fallback. Empty for an article.");
        return app;
    }

    /// <param name="request">The upload.</param>
    /// <param name="pipeline">Ingest.</param>
    /// <param name="cancellationToken">Request abort.</param>
    private static async Task<Results<Created<IReadOnlyList<IngestedDocument>>, Ok<IReadOnlyList<IngestedDocument>>>> Upload(HttpRequest request, IngestPipeline pipeline, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxUploadBytes) throw TooLarge(request.ContentLength.Value);
        var folder = Directory.CreateTempSubdirectory("influencegraph-upload-");
        try
        {
            string path;
            string name;
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(cancellationToken);
                var file = form.Files["file"] ?? throw ApiProblemException.BadParameter("file", "Send the document as the multipart/form-data field 'file'.");
                if (file.Length > MaxUploadBytes) throw TooLarge(file.Length);
                name = Path.GetFileName(file.FileName);
                if (!DocumentReader.Extensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
                {
                    throw new ApiProblemException(StatusCodes.Status415UnsupportedMediaType, "Unsupported file type",
                        $"'{name}' is not a supported document; send {string.Join(", ", DocumentReader.Extensions)}.", "file");
                }
                path = Path.Combine(folder.FullName, name);
                await using (var stream = File.Create(path)) await file.CopyToAsync(stream, cancellationToken);
            }
            else if (request.HasJsonContentType())
            {
                var article = await ReadArticleAsync(request, cancellationToken);
                name = "article.txt";
                path = Path.Combine(folder.FullName, name);
                await File.WriteAllTextAsync(path, Render(article), cancellationToken);
            }
            else
            {
                throw new ApiProblemException(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type",
                    "Send a file as multipart/form-data (field 'file') or an article as application/json.");
            }
            var outcomes = await pipeline.IngestFileAsync(path, $"upload:{name}", cancellationToken);
            IReadOnlyList<IngestedDocument> body = outcomes.Select(o => new IngestedDocument(
                Summary(o.Result.Document), o.Outcome, o.Result.Entities, o.Result.Events, o.Result.Relations)).ToList();
            return outcomes.Any(o => o.Outcome == StoreOutcome.Stored)
                ? TypedResults.Created($"/api/documents/{Uri.EscapeDataString(body[0].Document.Id)}", body)
                : TypedResults.Ok(body);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static ApiProblemException TooLarge(long bytes) => new(StatusCodes.Status413PayloadTooLarge, "Upload too large",
        $"The upload is {bytes / 1024.0 / 1024.0:0.0} MB; a document may be at most {MaxUploadBytes / 1024 / 1024} MB.");

    private static async Task<NewArticle> ReadArticleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        NewArticle? article;
        try
        {
            article = await request.ReadFromJsonAsync<NewArticle>(cancellationToken);
        }
        catch (JsonException ex)
        {
            throw ApiProblemException.BadParameter("body", $"The JSON body could not be read: {ex.Message}");
        }
        if (article is null || string.IsNullOrWhiteSpace(article.Text)) throw ApiProblemException.BadParameter("text", "text is required: the article's body.");
        if (string.IsNullOrWhiteSpace(article.Title)) throw ApiProblemException.BadParameter("title", "title is required: the article's headline.");
        Parameters.Date("published", article.Published);
        return article;
    }

    private static string Render(NewArticle article)
    {
        var header = $"Title: {OneLine(article.Title)}\n";
        if (!string.IsNullOrWhiteSpace(article.Published)) header += $"Published: {article.Published}\n";
        if (!string.IsNullOrWhiteSpace(article.Source)) header += $"Source: {OneLine(article.Source)}\n";
        if (!string.IsNullOrWhiteSpace(article.Author)) header += $"Author: {OneLine(article.Author)}\n";
        return header + "\n" + article.Text.Trim() + "\n";
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    private static DocumentSummary Summary(SourceDocument d) => new(d.Id, d.Kind, d.Title, d.Date, d.Origin, d.Metadata.GetValueOrDefault("from"));

    /// <param name="store">The graph.</param>
    /// <param name="kind">Article or Email.</param>
    /// <param name="limit">1 to 200; 50 by default.</param>
    /// <param name="offset">Documents to skip.</param>
    /// <param name="cancellationToken">Request abort.</param>
    private static async Task<Ok<Page<DocumentSummary>>> List(IGraphStore store, string? kind, int? limit, int? offset, CancellationToken cancellationToken)
    {
        var (l, o) = Parameters.Paging(limit, offset);
        return TypedResults.Ok(await store.ListDocumentsAsync(new DocumentQuery(Parameters.Enum<DocumentKind>("kind", kind), null, l, o), cancellationToken));
    }

    /// <param name="store">The graph.</param>
    /// <param name="q">Words to find, e.g. "Rekognition video".</param>
    /// <param name="limit">1 to 200; 20 by default.</param>
    /// <param name="offset">Hits to skip.</param>
    /// <param name="cancellationToken">Request abort.</param>
    private static async Task<Ok<Page<DocumentHit>>> Search(IGraphStore store, string? q, int? limit, int? offset, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q)) throw ApiProblemException.BadParameter("q", "q is required: the words to search for.");
        var (l, o) = Parameters.Paging(limit, offset, 20);
        return TypedResults.Ok(await store.SearchDocumentsAsync(q, l, o, cancellationToken));
    }

    /// <param name="store">The graph.</param>
    /// <param name="id">A document id, e.g. email:… or article:….</param>
    /// <param name="cancellationToken">Request abort.</param>
    private static async Task<Ok<DocumentDetail>> Get(IGraphStore store, string id, CancellationToken cancellationToken)
    {
        var document = await store.GetDocumentAsync(id, cancellationToken) ?? throw ApiProblemException.NotFound("Document", id);
        return TypedResults.Ok(new DocumentDetail(document, await store.GetDocumentFactsAsync(id, cancellationToken)));
    }

    /// <param name="store">The graph.</param>
    /// <param name="id">A document id.</param>
    /// <param name="cancellationToken">Request abort.</param>
    private static async Task<Ok<IReadOnlyList<DocumentSummary>>> Thread(IGraphStore store, string id, CancellationToken cancellationToken)
    {
        _ = await store.GetDocumentAsync(id, cancellationToken) ?? throw ApiProblemException.NotFound("Document", id);
        return TypedResults.Ok(await store.GetThreadAsync(id, cancellationToken));
    }
}
