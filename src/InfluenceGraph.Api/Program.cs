using InfluenceGraph.Api;
using InfluenceGraph.Api.Endpoints;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddGraphStore(builder.Configuration);
builder.Services.AddIngest();
builder.Services.AddSeedOnStart(builder.Configuration);
builder.Services.AddApiJson();
builder.Services.AddApiProblems();
builder.Services.AddApiCors(builder.Configuration);
builder.Services.AddAccess(builder.Configuration);
builder.Services.AddApiDocumentation();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseApiDocumentation();
app.UseWebPage();

// Reading may be open (Auth:OpenReads); every write also asks for an editor key on its own endpoint.
var api = app.MapGroup("").RequireAuthorization(Access.Read);
api.MapDocuments();
api.MapEntities();
api.MapGraph();
api.MapTimeline();
api.MapMeetings();
api.MapExports();
api.MapReview();
app.AnnounceAddresses();

app.Run();
