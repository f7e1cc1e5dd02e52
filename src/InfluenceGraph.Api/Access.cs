using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace InfluenceGraph.Api;

/// <summary>What a key may do; each role may do everything the ones before it may.</summary>
public enum Role
{
    Reader,
    Editor,
    Admin,
}

/// <summary>One configured key: <c>Auth:Keys:{name}:Hash</c> (SHA-256 of the key, hex) and <c>Auth:Keys:{name}:Role</c>.</summary>
public sealed class ApiKeyEntry
{
    public string Hash { get; set; } = "";

    public Role Role { get; set; } = Role.Reader;
}

/// <summary>Bound from <c>Auth</c>.</summary>
public sealed class AccessOptions
{
    public const string Section = "Auth";

    /// <summary>Keys by the name of whoever holds them; the name is what the audit log records.</summary>
    public Dictionary<string, ApiKeyEntry> Keys { get; set; } = [];

    /// <summary>Reading without a key: on by default for a local single-user run; off for a shared server.</summary>
    public bool OpenReads { get; set; } = true;

    /// <summary>Writes (uploads, reviews, corrections) per key, or per address without one, per minute.</summary>
    public int WritesPerMinute { get; set; } = 60;

    /// <summary>Expensive queries (paths, neighbourhoods, meetings, exports) per key or address per minute.</summary>
    public int ExpensiveQueriesPerMinute { get; set; } = 120;
}

/// <summary>
/// API keys, stored only as SHA-256 hashes. A key is 32 random bytes, so a fast hash is enough: there
/// is no dictionary to try, and nothing in configuration or memory can be replayed as a key.
/// </summary>
public sealed class ApiKeys(IOptions<AccessOptions> options)
{
    public const string Header = "X-Api-Key";

    private readonly Dictionary<string, (string Name, Role Role)> _byHash = options.Value.Keys
        .ToDictionary(k => k.Value.Hash.Trim().ToLowerInvariant(), k => (k.Key, k.Value.Role), StringComparer.Ordinal);

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim())));

    /// <summary>A new key: 32 random bytes, URL-safe Base64.</summary>
    public static string NewKey() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public (string Name, Role Role)? Find(string key) => _byHash.TryGetValue(Hash(key), out var holder) ? holder : null;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Reads the X-Api-Key header; answers 401 and 403 as problem details that say what key is needed.</summary>
public sealed class ApiKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeys keys, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeys.Header, out var values) || string.IsNullOrWhiteSpace(values.ToString())) return Task.FromResult(AuthenticateResult.NoResult());
        if (keys.Find(values.ToString()) is not { } holder) return Task.FromResult(AuthenticateResult.Fail("The API key is not one this server knows."));
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, holder.Name), new Claim(ClaimTypes.Role, holder.Role.ToString())], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var unknown = Request.Headers.ContainsKey(ApiKeys.Header);
        await WriteAsync(StatusCodes.Status401Unauthorized, "API key needed",
            unknown ? "The API key sent in X-Api-Key is not one this server knows." : "This needs an API key: send it in the X-Api-Key header.");
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var role = Context.User.FindFirstValue(ClaimTypes.Role);
        var needed = Context.GetEndpoint()?.Metadata.GetMetadata<AuthorizeAttribute>()?.Policy ?? "another";
        await WriteAsync(StatusCodes.Status403Forbidden, "Not allowed with this key",
            $"The key of '{Context.User.Identity?.Name}' is a {role} key; this needs an {needed} key.");
    }

    private async Task WriteAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = Request.Path },
        });
    }
}

public static class Access
{
    /// <summary>Policy names, which are also what a 403 says is needed.</summary>
    public const string Read = "Reader";
    public const string Edit = "Editor";
    public const string Administer = "Admin";

    public const string Writes = "writes";
    public const string Expensive = "expensive";

    public static IServiceCollection AddAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccessOptions>(configuration.GetSection(AccessOptions.Section));
        var access = configuration.GetSection(AccessOptions.Section).Get<AccessOptions>() ?? new AccessOptions();
        services.AddSingleton<ApiKeys>();
        services.AddAuthentication(ApiKeyHandler.SchemeName).AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Read, p => p.RequireAssertion(c => access.OpenReads || c.User.IsInRole(nameof(Role.Reader)) || c.User.IsInRole(nameof(Role.Editor)) || c.User.IsInRole(nameof(Role.Admin))))
            .AddPolicy(Edit, p => p.RequireRole(nameof(Role.Editor), nameof(Role.Admin)))
            .AddPolicy(Administer, p => p.RequireRole(nameof(Role.Admin)));
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Writes, context => PerCaller(context, access.WritesPerMinute));
            o.AddPolicy(Expensive, context => PerCaller(context, access.ExpensiveQueriesPerMinute));
            o.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests",
                        Detail = $"Too many requests of this kind from this key or address; try again in {Math.Ceiling(retry.TotalSeconds)} s.", Instance = http.Request.Path,
                    },
                });
            };
        });
        return services;
    }

    /// <summary>One fixed window per key holder, or per address for callers without a key.</summary>
    private static RateLimitPartition<string> PerCaller(HttpContext context, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.User.Identity?.Name ?? context.Connection.RemoteIpAddress?.ToString() ?? "anonymous",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    /// <summary>The name of the key that made the request, for the audit log.</summary>
    public static string Caller(this HttpContext context) => context.User.Identity?.Name ?? throw new InvalidOperationException("An editing endpoint was reached without a key.");
}
