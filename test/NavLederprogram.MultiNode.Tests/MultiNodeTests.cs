using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Web;
using Npgsql;
using Shouldly;
using Xunit;

namespace NavLederprogram.MultiNode.Tests;

/// <summary>
/// Two nodes of the app behind one address, as deployed: two host processes on one PostgreSQL database, each with its own
/// data folder, sharing nothing but their configuration and the database (data-protection keys, the clustered scheduler).
/// </summary>
public sealed partial class MultiNodeTests : IAsyncLifetime
{
    private const string Password = "Demo123!";
    private const string ClientId = "NavLederprogram_App";

    private readonly string _database = $"navleder_nodes_{Guid.NewGuid():N}";
    private string _server = "";
    private readonly List<HostNode> _nodes = [];

    public ValueTask InitializeAsync()
    {
        _server = Environment.GetEnvironmentVariable("NAVLEDER_TEST_PG") is { Length: > 0 } pg ? pg
            : throw new InvalidOperationException("The multi-node tests need PostgreSQL: set NAVLEDER_TEST_PG to a connection string for a server "
                + "this test may create a database on (e.g. Host=127.0.0.1;Port=5432;Username=postgres;Password=...). etc/scripts/test.sh starts one.");
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_user_signed_in_on_one_node_is_signed_in_on_the_other_and_a_milestone_due_while_a_node_is_dead_fires_once_on_the_other()
    {
        var (portA, portB) = (HostNode.FreePort(), HostNode.FreePort());
        // The address users reach, in front of both nodes: the token issuer and the app's registered address.
        var publicUrl = $"http://127.0.0.1:{portA}";
        var settings = SharedSettings(publicUrl);
        // One node migrates the new database first; the next one finds it ready.
        var nodeA = await StartAsync("node-a", portA, settings);
        var nodeB = await StartAsync("node-b", portB, settings);
        await WaitUntilAsync(async () => await SchedulerInstancesAsync() == 2, "both nodes run the scheduler clustered on the one database", nodeB);

        // Signed in on node A, through the login page and the authorization code flow with PKCE.
        var cookies = new CookieContainer();
        var token = await SignInAsync(nodeA, cookies, "ksadmin", publicUrl);
        cookies.GetCookies(nodeA.Address).Select(c => c.Name).ShouldContain("NavLederprogram.Login");

        // Node B takes node A's access token.
        var adminOnB = Api(nodeB, token);
        var me = await adminOnB.GetFromJsonAsync<JsonElement>("/api/identity/me");
        me.GetProperty("userName").GetString().ShouldBe("ksadmin");

        // And node A's login cookie: node B's authorization endpoint knows the user and issues a code without the login page,
        // which node B exchanges for a token that node A takes in turn.
        var tokenFromB = await AuthorizeWithCookieAsync(nodeB, cookies, publicUrl);
        (await Api(nodeA, tokenFromB).GetFromJsonAsync<JsonElement>("/api/identity/me")).GetProperty("userName").GetString().ShouldBe("ksadmin");

        // A cohort made on node A: its milestones are triggers in the shared store, which node B sees.
        var adminOnA = Api(nodeA, token);
        var versionId = (await adminOnA.GetFromJsonAsync<JsonElement>("/api/programme/versions")).EnumerateArray()
            .First(v => v.GetProperty("status").GetString() == "Published").GetProperty("id").GetGuid();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo")).DateTime);
        var created = await Expect(await adminOnA.PostAsJsonAsync("/api/cohorts", CohortInput(versionId, today.AddDays(1), null)), HttpStatusCode.Created);
        var cohortId = created.GetProperty("id").GetGuid();
        var milestones = await Expect(await adminOnB.GetAsync($"/api/cohorts/{cohortId}/milestones"));
        milestones.EnumerateArray().Single(m => m.GetProperty("key").GetString() == "enrolment-opens").GetProperty("scheduled").GetBoolean().ShouldBeTrue();

        // Node A dies. While it is dead, the cohort's enrolment is moved to open today: the milestone is due at once.
        nodeA.Kill();
        var cohort = await Expect(await adminOnB.GetAsync($"/api/cohorts/{cohortId}"));
        await Expect(await adminOnB.PutAsJsonAsync($"/api/cohorts/{cohortId}",
            CohortInput(versionId, today, cohort.GetProperty("concurrencyStamp").GetString())));

        await WaitUntilAsync(async () => (await Expect(await adminOnB.GetAsync($"/api/cohorts/{cohortId}"))).GetProperty("status").GetString() == "EnrolmentOpen",
            "the enrolment-opens milestone ran on node B", nodeB);
        // Node B notices node A is gone and takes over what A held; only then is "exactly once" settled.
        await WaitUntilAsync(async () => await SchedulerInstancesAsync() == 1, "node B recovered node A's scheduler instance", nodeB);
        (await MilestoneRunsAsync(cohortId, "enrolment-opens")).ShouldHaveSingleItem().ShouldEndWith("Milestone:Result.EnrolmentOpened");
        var opened = (await Expect(await adminOnB.GetAsync($"/api/cohorts/{cohortId}/milestones"))).EnumerateArray()
            .Single(m => m.GetProperty("key").GetString() == "enrolment-opens");
        opened.GetProperty("scheduled").GetBoolean().ShouldBeFalse();
        opened.GetProperty("lastOutcome").GetProperty("byHand").GetBoolean().ShouldBeFalse();
        opened.GetProperty("lastOutcome").GetProperty("succeeded").GetBoolean().ShouldBeTrue();

        // Node A comes back (a fresh data folder, as on a replaced machine) and joins the cluster; the milestone does not run again.
        var restartedA = await StartAsync("node-a-again", portA, settings);
        (await Api(restartedA, token).GetAsync("/api/identity/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await WaitUntilAsync(async () => await SchedulerInstancesAsync() == 2, "node A joined the cluster again", restartedA);
        (await MilestoneRunsAsync(cohortId, "enrolment-opens")).ShouldHaveSingleItem("node A, back, ran the milestone again");
    }

    private Dictionary<string, string> SharedSettings(string publicUrl) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Database:Provider"] = "PostgreSql",
        ["Database:MigrateOnStartup"] = "true",
        ["ConnectionStrings:Default"] = $"{_server};Database={_database}",
        ["App:PublicUrl"] = publicUrl,
        ["App:AuthRequestsPerMinute"] = "100000",
        ["Identity:AppRootUrls:0"] = publicUrl,
        ["Identity:SeedDemoUsers"] = "true",
        ["Identity:HrClientSecret"] = "hr-multi-node-secret",
        // The same keys on every node, from configuration, as a secret store would hand them out.
        ["OpenIddict:SigningCertificate"] = SigningCertificate.Value,
        ["OpenIddict:EncryptionCertificate"] = EncryptionCertificate.Value,
        ["Privacy:KeyEncryptionKey"] = KeyEncryptionKey.Value,
        ["Serilog:MinimumLevel:Default"] = "Warning",
    };

    private static readonly Lazy<string> SigningCertificate = new(() => Certificate(X509KeyUsageFlags.DigitalSignature));
    private static readonly Lazy<string> EncryptionCertificate = new(() => Certificate(X509KeyUsageFlags.KeyEncipherment));
    private static readonly Lazy<string> KeyEncryptionKey = new(() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    private static string Certificate(X509KeyUsageFlags usage)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=NavLederprogram cluster " + usage, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return Convert.ToBase64String(certificate.Export(X509ContentType.Pfx));
    }

    private async Task<HostNode> StartAsync(string name, int port, Dictionary<string, string> settings)
    {
        var node = await HostNode.StartAsync(name, port, settings);
        _nodes.Add(node);
        return node;
    }

    private static object CohortInput(Guid versionId, DateOnly opens, string? concurrencyStamp) => new
    {
        programmeVersionId = versionId,
        name = "Kull på to noder",
        capacity = 20,
        requiresApproval = false,
        enrolmentOpensOn = opens.ToString("yyyy-MM-dd"),
        enrolmentClosesOn = opens.AddDays(10).ToString("yyyy-MM-dd"),
        startsOn = opens.AddDays(20).ToString("yyyy-MM-dd"),
        endsOn = opens.AddDays(120).ToString("yyyy-MM-dd"),
        concurrencyStamp,
    };

    /// <summary>Authorize → login page → authorize → token, as the browser and the app do it.</summary>
    private static async Task<string> SignInAsync(HostNode node, CookieContainer cookies, string userName, string publicUrl)
    {
        using var browser = node.Client(cookies);
        var (authorize, verifier) = AuthorizeUrl(publicUrl);
        var toLogin = await browser.GetAsync(authorize);
        toLogin.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var loginUrl = new Uri(node.Address, toLogin.Headers.Location!).PathAndQuery;
        loginUrl.ShouldStartWith("/Account/Login");

        var page = await browser.GetStringAsync(loginUrl);
        var antiforgery = AntiforgeryField().Match(page).Groups[1].Value;
        antiforgery.ShouldNotBeNullOrEmpty();
        var returnUrl = HttpUtility.ParseQueryString(new Uri(node.Address, loginUrl).Query)["ReturnUrl"]!;
        var afterLogin = await browser.PostAsync(loginUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = Password,
            ["ReturnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = antiforgery,
        }));
        afterLogin.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"login as {userName} failed");

        var withCode = await browser.GetAsync(afterLogin.Headers.Location!.OriginalString);
        return await RedeemAsync(browser, withCode, verifier, publicUrl);
    }

    /// <summary>The authorization request on a node where the user is already signed in by cookie: straight back with a code.</summary>
    private static async Task<string> AuthorizeWithCookieAsync(HostNode node, CookieContainer cookies, string publicUrl)
    {
        using var browser = node.Client(cookies);
        var (authorize, verifier) = AuthorizeUrl(publicUrl);
        return await RedeemAsync(browser, await browser.GetAsync(authorize), verifier, publicUrl);
    }

    private static async Task<string> RedeemAsync(HttpClient browser, HttpResponseMessage withCode, string verifier, string publicUrl)
    {
        withCode.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        withCode.Headers.Location!.GetLeftPart(UriPartial.Path).ShouldBe(publicUrl + "/", "back to the app, not to the login page");
        var query = HttpUtility.ParseQueryString(withCode.Headers.Location.Query);
        query["state"].ShouldBe("s1");
        var token = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = query["code"]!,
            ["redirect_uri"] = publicUrl + "/",
            ["client_id"] = ClientId,
            ["code_verifier"] = verifier,
        }));
        return (await Expect(token)).GetProperty("access_token").GetString()!;
    }

    private static (string Url, string Verifier) AuthorizeUrl(string publicUrl)
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        return ("/connect/authorize?" + string.Join("&", new Dictionary<string, string>
        {
            ["client_id"] = ClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = publicUrl + "/",
            ["scope"] = "openid profile email roles offline_access navlederprogram_api",
            ["state"] = "s1",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}")), verifier);
    }

    private static HttpClient Api(HostNode node, string token)
    {
        var client = node.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<JsonElement> Expect(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, HostNode node)
    {
        // Cluster recovery waits out the dead node's check-in interval; a loaded machine takes longer.
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return;
            await Task.Delay(500);
        }
        throw new TimeoutException($"Not within 2 minutes: {what}. Output of {node.Name}:\n{node.Output}");
    }

    /// <summary>The scheduler instances checked in to the cluster.</summary>
    private async Task<long> SchedulerInstancesAsync() =>
        await ScalarAsync("SELECT count(*) FROM qrtz_scheduler_state", []);

    /// <summary>Every run of a cohort's milestone, as "time result (by hand)".</summary>
    private async Task<List<string>> MilestoneRunsAsync(Guid cohortId, string key)
    {
        await using var connection = new NpgsqlConnection($"{_server};Database={_database}");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """SELECT "RanAt", "ResultKey", "ByHand" FROM "ProgMilestoneRuns" WHERE "CohortId" = @cohort AND "Key" = @key ORDER BY "RanAt" """, connection);
        command.Parameters.AddWithValue("cohort", cohortId);
        command.Parameters.AddWithValue("key", key);
        var runs = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) runs.Add($"{reader.GetDateTime(0):O} {reader.GetString(1)}{(reader.GetBoolean(2) ? " (by hand)" : "")}");
        return runs;
    }

    private async Task<long> ScalarAsync(string sql, NpgsqlParameter[] parameters)
    {
        await using var connection = new NpgsqlConnection($"{_server};Database={_database}");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes) await node.DisposeAsync();
        if (_server.Length == 0) return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
