using InfluenceGraph.Core;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace InfluenceGraph.Api;

/// <summary>An answer that is an error: a status, a title, and a detail that says what to do.</summary>
public sealed class ApiProblemException(int status, string title, string detail, string? parameter = null) : Exception(detail)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public string? Parameter { get; } = parameter;

    public static ApiProblemException NotFound(string what, string id) => new(StatusCodes.Status404NotFound, $"{what} not found", $"No {what.ToLowerInvariant()} has the id '{id}'.");

    public static ApiProblemException BadParameter(string parameter, string detail) => new(StatusCodes.Status400BadRequest, $"Invalid parameter '{parameter}'", detail, parameter);
}

/// <summary>Turns every failure into RFC 7807 problem details; nothing internal leaks into the answer.</summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail, parameter) = exception switch
        {
            ApiProblemException p => (p.Status, p.Title, p.Message, p.Parameter),
            UnreadableDocumentException u => (StatusCodes.Status422UnprocessableEntity, "Document cannot be read", u.Reason, (string?)null),
            BadHttpRequestException b => (b.StatusCode, "Bad request", b.Message, null),
            ReviewConflictException c => (StatusCodes.Status409Conflict, "Conflict", c.Message, null),
            Storage.Neo4j.Neo4jStoreException n => (StatusCodes.Status503ServiceUnavailable, "Graph store unavailable", n.Message, null),
            _ => (StatusCodes.Status500InternalServerError, "Internal error", "The request failed; the server log has the details.", null),
        };
        if (status >= 500) LogFailure(logger, exception, httpContext.Request.Path);
        httpContext.Response.StatusCode = status;
        var details = new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = httpContext.Request.Path };
        if (parameter is not null) details.Extensions["parameter"] = parameter;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {Path} failed")]
    private static partial void LogFailure(ILogger logger, Exception exception, string path);
}
