using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.EntityFrameworkCore.Data;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>
/// The real host on a fresh database: SQLite by default, or a real PostgreSQL server when
/// NAVLEDER_TEST_PROVIDER=PostgreSql and NAVLEDER_TEST_PG hold a connection string (the test command starts one).
/// </summary>
public sealed partial class NavLederprogramFactory : WebApplicationFactory<Program>
{
    public const string HrClientId = "NavLederprogram_HrIntegration";
    public const string HrClientSecret = "hr-test-secret";
    public const string Password = "Demo123!";

    public static string Provider => Environment.GetEnvironmentVariable("NAVLEDER_TEST_PROVIDER") ?? "Sqlite";

    public string DataFolder { get; }
    private readonly bool _ownsDataFolder;
    private readonly string? _connectionString;
    private readonly int _authRequestsPerMinute;
    private readonly Dictionary<string, string> _tokens = [];
    private readonly SemaphoreSlim _tokenLock = new(1, 1);

    public NavLederprogramFactory() : this(null, 100_000) { }

    internal NavLederprogramFactory(string? dataFolder, int authRequestsPerMinute, string? connectionString = null)
    {
        _ownsDataFolder = dataFolder is null;
        DataFolder = dataFolder ?? Directory.CreateTempSubdirectory("navleder-test-").FullName;
        _authRequestsPerMinute = authRequestsPerMinute;
        _connectionString = connectionString ?? (Provider == "PostgreSql"
            ? $"{Environment.GetEnvironmentVariable("NAVLEDER_TEST_PG")};Database=navleder_{Guid.NewGuid():N}"
            : null);
    }

    public string? ConnectionString => _connectionString;

    /// <summary>The SMTP sink the test command starts (maildev): its SMTP port and the port of its REST API, when it runs.</summary>
    public static int? SmtpSinkPort => int.TryParse(Environment.GetEnvironmentVariable("NAVLEDER_TEST_SMTP_PORT"), out var p) ? p : null;
    public static int? SmtpSinkWebPort => int.TryParse(Environment.GetEnvironmentVariable("NAVLEDER_TEST_SMTP_WEB"), out var p) ? p : null;

    /// <summary>Sends e-mail to the SMTP sink when there is one; false, or no sink, writes .eml files to the pickup folder.</summary>
    public bool UseSmtpSink { get; init; } = true;

    public bool SendsToSmtpSink => UseSmtpSink && SmtpSinkPort is not null;

    public string MailPickupFolder => Path.Combine(DataFolder, "mail-pickup");

    /// <summary>False keeps the scheduler from starting, so that no job writes while a test compares stored data.</summary>
    public bool RunsScheduledJobs { get; init; } = true;

    /// <summary>How often the host looks at the cache change log for other nodes' changes; the host's default when null.</summary>
    public TimeSpan? CachePollInterval { get; init; }

    /// <summary>Configuration a test sets on top of the test host's, e.g. a lifetime it needs to be short.</summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    /// <summary>A clock for the application and its scheduler alike, when a test needs to move time.</summary>
    public TimeProvider? Clock { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("App:DataFolder", DataFolder);
        builder.UseSetting("App:AuthRequestsPerMinute", _authRequestsPerMinute.ToString());
        builder.UseSetting("App:ExposeStatementCount", "true");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        if (_connectionString is not null) builder.UseSetting("ConnectionStrings:Default", _connectionString);
        builder.UseSetting("Identity:AppRootUrls:0", "http://localhost");
        builder.UseSetting("Identity:SeedDemoUsers", "true");
        builder.UseSetting("Identity:HrClientSecret", HrClientSecret);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        if (CachePollInterval is { } poll)
            builder.UseSetting("App:CachePollInterval", poll.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        if (Clock is not null) builder.ConfigureTestServices(s => s.AddSingleton(Clock));
        if (!RunsScheduledJobs)
            builder.ConfigureTestServices(s =>
            {
                foreach (var d in s.Where(d => d.ServiceType == typeof(Microsoft.Extensions.Hosting.IHostedService) && d.ImplementationType?.Namespace?.StartsWith("Quartz", StringComparison.Ordinal) == true).ToList())
                    s.Remove(d);
            });
        if (SendsToSmtpSink)
        {
            builder.UseSetting("Notifications:Smtp:Host", "127.0.0.1");
            builder.UseSetting("Notifications:Smtp:Port", SmtpSinkPort!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public HttpClient CreateBrowserClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>
    /// Brings this node's caches up to date with the change log now, as its next poll would: the first poll drops everything,
    /// and a poll drops what another host on the same database changed. A test that counts statements settles first, so that
    /// no poll can land between its warm-up and its measured read.
    /// </summary>
    public Task SettleCachesAsync() => Services.GetRequiredService<CacheStampMonitor>().PollAsync(CancellationToken.None);

    /// <summary>An API client signed in as a demo user, with a token from the real code + PKCE flow.</summary>
    public async Task<HttpClient> ClientForAsync(string userName, string culture = "nb")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await AccessTokenForAsync(userName));
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(culture));
        return client;
    }

    public async Task<string> AccessTokenForAsync(string userName)
    {
        await _tokenLock.WaitAsync();
        try
        {
            if (!_tokens.TryGetValue(userName, out var token))
                _tokens[userName] = token = userName == HrClientId ? await ClientCredentialsTokenAsync() : (await SignInWithPkceAsync(userName)).GetProperty("access_token").GetString()!;
            return token;
        }
        finally { _tokenLock.Release(); }
    }

    public async Task<string> ClientCredentialsTokenAsync()
    {
        var response = await CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = HrClientId,
            ["client_secret"] = HrClientSecret,
            ["scope"] = "navlederprogram_hr_import",
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    /// <summary>Drives authorization code + PKCE over HTTP as a browser would: authorize → login page → authorize → token.</summary>
    public async Task<JsonElement> SignInWithPkceAsync(string userName, string password = Password)
    {
        var browser = CreateBrowserClient();
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = "/connect/authorize?" + string.Join("&", new Dictionary<string, string>
        {
            ["client_id"] = "NavLederprogram_App",
            ["response_type"] = "code",
            ["redirect_uri"] = "http://localhost/",
            ["scope"] = "openid profile email roles offline_access navlederprogram_api",
            ["state"] = "s1",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

        var toLogin = await browser.GetAsync(authorize);
        toLogin.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var loginUrl = toLogin.Headers.Location!.PathAndQuery;
        loginUrl.ShouldStartWith("/Account/Login");

        var afterLogin = await PostLoginAsync(browser, loginUrl, userName, password);
        afterLogin.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"login as {userName} failed");

        var withCode = await browser.GetAsync(afterLogin.Headers.Location!.OriginalString);
        withCode.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(withCode.Headers.Location!.Query);
        query["state"].ToString().ShouldBe("s1");

        var token = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = query["code"].ToString(),
            ["redirect_uri"] = "http://localhost/",
            ["client_id"] = "NavLederprogram_App",
            ["code_verifier"] = verifier,
        }));
        token.StatusCode.ShouldBe(HttpStatusCode.OK, await token.Content.ReadAsStringAsync());
        return await token.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient browser, string loginUrl, string userName, string password)
    {
        var page = await (await browser.GetAsync(loginUrl)).Content.ReadAsStringAsync();
        var antiforgery = AntiforgeryField().Match(page).Groups[1].Value;
        antiforgery.ShouldNotBeNullOrEmpty();
        var returnUrl = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://localhost" + loginUrl).Query)["ReturnUrl"].ToString();
        return await browser.PostAsync(loginUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["ReturnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = antiforgery,
        }));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_ownsDataFolder)
            try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>One host shared by the tests that only read, or that change data they create themselves.</summary>
[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<NavLederprogramFactory>
{
    public const string Name = "host";
}
