using System.Reflection;
using System.Text.Json.Serialization;
using InfluenceGraph.Core;
using InfluenceGraph.Extraction;
using InfluenceGraph.Extraction.Readers;
using InfluenceGraph.Storage.Neo4j;
using InfluenceGraph.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.OpenApi;

namespace InfluenceGraph.Api;

/// <summary>The wiring of the host, one concern per method, called from Program.cs.</summary>
public static class Extensions
{
    /// <summary>
    /// The store named by <c>Storage:Provider</c>: the embedded SQLite file unless Neo4j is chosen;
    /// nothing is guessed from the environment.
    /// </summary>
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["Storage:Provider"] ?? "Sqlite";
        if (provider.Equals("Neo4j", StringComparison.OrdinalIgnoreCase))
        {
            var neo4j = configuration.GetSection(Neo4jStoreOptions.Section).Get<Neo4jStoreOptions>() ?? new Neo4jStoreOptions();
            if (neo4j.Url is null) throw new InvalidOperationException("Storage:Provider is Neo4j but Storage:Neo4j:Url is not set (e.g. http://localhost:7474).");
            services.AddSingleton(neo4j);
            services.AddHttpClient(nameof(QueryApiRunner), c => c.Timeout = TimeSpan.FromMinutes(2));
            services.AddSingleton<ICypherRunner>(sp => new QueryApiRunner(sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(QueryApiRunner)), neo4j));
            services.AddSingleton<Neo4jGraphStore>();
            services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
            services.AddSingleton<IPathFinder, Neo4jPathFinder>();
            // Before the seed is ingested: constraints and indexes first.
            services.AddHostedService<Neo4jSchemaOnStart>();
            return services;
        }
        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Storage:Provider is '{provider}'; it must be 'Sqlite' or 'Neo4j'.");
        }
        var options = configuration.GetSection(SqliteStoreOptions.Section).Get<SqliteStoreOptions>() ?? new SqliteStoreOptions();
        services.AddSingleton(new SqliteGraphStore(options));
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        return services;
    }

    /// <summary>Sets up Neo4j's constraints and indexes when the API starts; each already there is left as it is.</summary>
    private sealed class Neo4jSchemaOnStart(Neo4jGraphStore store) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => store.EnsureSchemaAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    public static IServiceCollection AddIngest(this IServiceCollection services)
    {
        services.AddSingleton<IExtractor, Extractor>();
        services.AddSingleton<IDocumentReader>(new DocumentReader());
        services.AddSingleton<IngestPipeline>();
        services.TryAddSingleton<IPathFinder, GraphPaths>();
        services.AddSingleton<VendorMeetings>();
        return services;
    }

    public static IServiceCollection AddSeedOnStart(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.Section));
        services.AddHostedService<SeedOnStart>();
        return services;
    }

    /// <summary>Enums travel as their names ("Meeting", "Held"), so answers read without a lookup table.</summary>
    public static IServiceCollection AddApiJson(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return services;
    }

    public static IServiceCollection AddApiProblems(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        return services;
    }

    /// <summary>Browsers may call the API from the origins listed in <c>Cors:Origins</c>; none by default.</summary>
    public static IServiceCollection AddApiCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:Origins").Get<string[]>() ?? [];
        services.AddCors(o => o.AddDefaultPolicy(policy =>
        {
            if (origins.Contains("*")) policy.AllowAnyOrigin();
            else policy.WithOrigins(origins);
            policy.AllowAnyHeader().WithMethods("GET", "POST", "PUT", "PATCH");
        }));
        return services;
    }

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "InfluenceGraph API",
                Version = "v1",
                Description = "Who met whom, when, and what followed: entities, documents, paths, timelines and vendor-to-agency meetings "
                    + "extracted from articles and emails, every fact with the document, span and quote it rests on. "
                    + "Ids are stable and readable, e.g. agency:us-immigration-and-customs-enforcement. Errors are RFC 7807 problem details.",
            });
            var xml = Path.Combine(AppContext.BaseDirectory, $"{Assembly.GetExecutingAssembly().GetName().Name}.xml");
            if (File.Exists(xml)) o.IncludeXmlComments(xml);
        });
        return services;
    }

    /// <summary>Once listening, says where: the API and its Swagger UI, on the console whatever the log level.</summary>
    public static WebApplication AnnounceAddresses(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var address in app.Urls) Console.WriteLine($"InfluenceGraph is serving {address}/api (Swagger UI: {address}/swagger)");
        });
        return app;
    }

    /// <summary>
    /// The reporters' page at <c>/</c>, from the <c>web</c> folder copied beside the binaries (or
    /// <c>Web:Root</c>), so it works wherever the API is started and needs no network.
    /// </summary>
    public static WebApplication UseWebPage(this WebApplication app)
    {
        var root = app.Configuration["Web:Root"] ?? Path.Combine(AppContext.BaseDirectory, "web");
        if (!Directory.Exists(root))
        {
            throw new InvalidOperationException($"The web page's folder '{root}' does not exist; set Web:Root to the folder holding index.html.");
        }
        var files = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(Path.GetFullPath(root));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        return app;
    }

    public static WebApplication UseApiDocumentation(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(o => o.DocumentTitle = "InfluenceGraph API");
        return app;
    }
}
