using InfluenceGraph.Api;
using InfluenceGraph.Api.Endpoints;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddGraphStore(builder.Configuration);
builder.Services.AddIngest();
builder.Services.AddSeedOnStart(builder.Configuration);
builder.Services.AddApiJson();
builder.Services.AddApiProblems();
builder.Services.AddApiCors(builder.Configuration);
builder.Services.AddApiDocumentation();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors();
app.UseApiDocumentation();
app.UseWebPage();

app.MapDocuments();
app.MapEntities();
app.MapGraph();
app.MapTimeline();
app.MapMeetings();
app.MapExports();
app.AnnounceAddresses();

app.Run();
