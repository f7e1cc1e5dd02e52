using System.Text.RegularExpressions;
using InfluenceGraph.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace InfluenceGraph.Web.Tests;

/// <summary>
/// The reporters' page in a real Chromium (Debian's, driven by Playwright) against the API on a
/// real port with the seed corpus. Screenshots go to TestResults/screenshots. Without
/// /usr/bin/chromium these skip and say why, unless INFLUENCEGRAPH_REQUIRE_BROWSER=1 (CI) makes
/// a missing browser a failure.
/// </summary>
#pragma warning disable CA1001 // The site, browser and Playwright are disposed in DisposeAsync, which xunit calls (IAsyncLifetime).
public sealed class BrowserFlowTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private const string Chromium = "/usr/bin/chromium";
    private const string EditorKey = "e2e-editor-key-0123456789";
    private const string ReaderKey = "e2e-reader-key-0123456789";
    private const string Meeting = "meeting:2018-06-12-amazon-web-services-us-immigration-and-customs-enforcement";

    private static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
    private readonly string _folder = Directory.CreateTempSubdirectory("influencegraph-web-").FullName;
    private Site? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium)) return;
        _site = new Site(_folder);
        _site.UseKestrel(0);
        _site.StartServer();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(Shots);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_site is not null) await _site.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static void SkipWithoutBrowser() =>
        Skip.If(!File.Exists(Chromium) && Environment.GetEnvironmentVariable("INFLUENCEGRAPH_REQUIRE_BROWSER") != "1",
            $"{Chromium} is not installed (apt-get install chromium); the browser tests did not run.");

    private async Task<IPage> OpenAsync(string? key = null)
    {
        SkipWithoutBrowser();
        Assert.True(File.Exists(Chromium), $"{Chromium} is required here (INFLUENCEGRAPH_REQUIRE_BROWSER=1) but missing.");
        var context = await _browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        // Nothing may come from outside the API: every asset is served locally.
        await page.RouteAsync(new Regex("^(?!" + Regex.Escape(_site!.Address.ToString().TrimEnd('/')) + ")"), route => route.AbortAsync());
        await page.GotoAsync(_site.Address.ToString());
        if (key is not null)
        {
            await page.GetByTestId("key-toggle").ClickAsync();
            await page.GetByTestId("api-key-input").FillAsync(key);
            await page.GetByTestId("api-key-save").ClickAsync();
        }
        return page;
    }

    private static async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, name + ".png"), FullPage = false });

    [SkippableFact]
    public async Task A_reporter_finds_ICE_opens_the_AWS_meeting_sees_the_follow_up_and_an_editor_confirms_it_for_good()
    {
        var page = await OpenAsync(EditorKey);
        await Assertions.Expect(page.GetByTestId("role")).ToContainTextAsync("Editor");

        await page.GetByTestId("search-input").FillAsync("ICE");
        await page.GetByTestId("search-input").PressAsync("Enter");
        var ice = page.GetByTestId("search-result").Filter(new() { HasText = "Immigration and Customs Enforcement" }).First;
        await Assertions.Expect(ice).ToBeVisibleAsync();
        await ShotAsync(page, "1-search-ice");
        await ice.ClickAsync();
        await Assertions.Expect(page.GetByTestId("graph")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=graph] canvas").First).ToBeVisibleAsync();
        await ShotAsync(page, "2-entity-ice");

        await page.GetByTestId("entity-meetings-link").ClickAsync();
        var meeting = page.Locator($"[data-testid=meeting-card][data-fact-id='{Meeting}']");
        await Assertions.Expect(meeting).ToContainTextAsync("Amazon Web Services");
        var followUp = meeting.GetByTestId("follow-up").First;
        await Assertions.Expect(followUp).ToContainTextAsync("Kowalczyk");
        await ShotAsync(page, "3-meetings-ice");

        await followUp.GetByTestId("review-confirm").ClickAsync();
        await Assertions.Expect(followUp.GetByTestId("review-badge")).ToHaveAttributeAsync("data-status", "Confirmed");
        await page.ReloadAsync();
        var reloaded = page.Locator($"[data-testid=meeting-card][data-fact-id='{Meeting}']").GetByTestId("follow-up").First;
        await Assertions.Expect(reloaded.GetByTestId("review-badge")).ToHaveAttributeAsync("data-status", "Confirmed");
        await ShotAsync(page, "4-follow-up-confirmed");

        await reloaded.GetByTestId("source").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("quote-highlight").First).ToBeVisibleAsync();
        await ShotAsync(page, "5-document-quote");
    }

    [SkippableFact]
    public async Task A_reader_key_cannot_confirm_and_is_told_why()
    {
        var page = await OpenAsync(ReaderKey);
        await Assertions.Expect(page.GetByTestId("role")).ToContainTextAsync("Reader");
        await page.GotoAsync(_site!.Address + "#/meetings?agency=ICE");
        var meeting = page.Locator($"[data-testid=meeting-card][data-fact-id='{Meeting}']");
        await Assertions.Expect(meeting).ToBeVisibleAsync();
        var before = await meeting.GetByTestId("review-badge").First.GetAttributeAsync("data-status");

        await meeting.GetByTestId("review-bar").First.GetByTestId("review-reject").ClickAsync();

        await Assertions.Expect(page.GetByTestId("error-banner")).ToContainTextAsync("403");
        await ShotAsync(page, "6-reader-refused");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator($"[data-testid=meeting-card][data-fact-id='{Meeting}']").GetByTestId("review-badge").First)
            .ToHaveAttributeAsync("data-status", before!);
    }

    /// <summary>The API on a real port over a fresh database seeded from seed/, with one editor and one reader key.</summary>
    private sealed class Site(string folder) : WebApplicationFactory<Program>
    {
        public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Storage:Sqlite:Path", Path.Combine(folder, "graph.db"));
            builder.UseSetting("Seed:Path", Path.Combine(RepositoryRoot(), "seed"));
            builder.UseSetting("Auth:Keys:ana-editor:Hash", ApiKeys.Hash(EditorKey));
            builder.UseSetting("Auth:Keys:ana-editor:Role", "Editor");
            builder.UseSetting("Auth:Keys:rui-reader:Hash", ApiKeys.Hash(ReaderKey));
            builder.UseSetting("Auth:Keys:rui-reader:Role", "Reader");
        }

        private static string RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "InfluenceGraph.sln"))) return dir.FullName;
            }
            throw new DirectoryNotFoundException("The repository root is not above the test binaries.");
        }
    }
}
