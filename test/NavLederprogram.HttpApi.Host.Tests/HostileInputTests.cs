using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NavLederprogram.HttpApi.Host.Infrastructure;
using NavLederprogram.HttpApi.Host.Tests.HostileInput;
using NavLederprogram.Identity;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Permissions;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>
/// Every operation of the API, found in the host's own endpoint list, meets malformed bodies, hostile query values,
/// garbage multipart and odd ids: never a 5xx, every error a ProblemDetails, and nothing stored by a refused request.
/// </summary>
public class HostileInputTests(ITestOutputHelper output)
{
    /// <summary>Callers by preference: the widest-reaching role granted the endpoint's permission.</summary>
    private static readonly (string Role, string User)[] Callers =
    [
        (RoleNames.SystemAdmin, "sysadmin"), (RoleNames.KsAdmin, "ksadmin"), (RoleNames.DirectorateAdmin, "diradmin"),
        (RoleNames.RegionalCoordinator, "regionkoordinator"), (RoleNames.MunicipalCoordinator, "kommunekoordinator"),
        (RoleNames.Facilitator, "fasilitator"), (RoleNames.PeerSupervisor, "kollegaveileder"), (RoleNames.Leader, "leder"),
        (RoleNames.CourseEditor, "kursredaktor"),
    ];

    /// <summary>
    /// Sign-in writes OpenIddict authorizations and tokens; the check signs its callers in before it takes its first
    /// fingerprint and sends nothing to the token endpoint, but these tables belong to sign-in, not to the API under test.
    /// Quartz keeps its own tables outside the application's model, and its scheduler is not started for this host. The audit
    /// log records an admin's read of a person's data: such a GET appends to it by design.
    /// </summary>
    private static readonly HashSet<string> NotCompared = ["OpenIddictTokens", "OpenIddictAuthorizations", "AudEntries", "AudChainHead"];

    [Fact]
    public async Task No_operation_answers_hostile_input_with_a_5xx_a_bare_error_or_a_stored_change()
    {
        // A host of its own: tests that share the common host change data while this one compares fingerprints.
        await using var factory = new NavLederprogramFactory { RunsScheduledJobs = false, UseSmtpSink = false };
        _ = factory.Server;
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var grants = new NavLederprogramPermissionDefinitionProvider().GetPermissions().ToDictionary(p => p.Name, p => p.DefaultRoles);

        string? CallerOf(RouteEndpoint endpoint)
        {
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null) return null;
            var policy = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Single(p => p is not null)!;
            // The user's own sign-in pages take the login cookie, not a token; they are pages, not API operations.
            if (policy == NavLederprogram.HttpApi.Host.Identity.ConnectEndpoints.SignInCookiePolicy) return null;
            if (policy == NavLederprogramPermissions.People.Import) return NavLederprogramFactory.HrClientId;
            // The leader has a competence profile, enrolments and notifications of their own: "my" endpoints get past their lookups.
            if (policy == NavLederprogramPolicies.SignedInUser) return "leder";
            return Callers.First(c => grants[policy].Contains(c.Role)).User;
        }

        var clients = new Dictionary<string, HttpClient>();
        foreach (var user in endpoints.Select(CallerOf).OfType<string>().Distinct())
        {
            var client = factory.CreateClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", await factory.AccessTokenForAsync(user));
            client.DefaultRequestHeaders.AcceptLanguage.Add(new("nb"));
            clients[user] = client;
        }
        var anonymous = factory.CreateClient();

        var checker = new HostileInputChecker
        {
            Endpoints = endpoints,
            ClientFor = e => CallerOf(e) is { } user ? clients[user] : anonymous,
            Fingerprint = () => Tables.FingerprintAsync(factory.Services, NotCompared),
            Ids = await RealIds.LoadAsync(factory.Services),
        };
        await checker.RunAsync();

        output.WriteLine($"{checker.RequestCount} hostile requests to {endpoints.Count} endpoints; {checker.Failures.Count} failures; fingerprints took {checker.FingerprintTime.TotalSeconds:0.0} s.");
        output.WriteLine($"Not sent (no parameter a hostile value could reach): {string.Join(", ", checker.Skipped)}");
        output.WriteLine($"Accepted by mutating operations ({checker.Accepted.Count}):");
        foreach (var a in checker.Accepted) output.WriteLine("  " + a);
        foreach (var f in checker.Failures) output.WriteLine("FAIL " + f);
        checker.RequestCount.ShouldBeGreaterThan(1_000);
        checker.Failures.ShouldBeEmpty();
    }

    /// <summary>The same checker against a host with deliberately broken endpoints: it must name each defect, and leave a sound endpoint alone.</summary>
    [Fact]
    public async Task The_checker_reports_an_overflow_a_bare_error_and_a_write_behind_a_refusal()
    {
        var stored = new List<string>();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        await using var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseRequestBodyGuard();
        // Date arithmetic on user input, unchecked: overflows at 9999-12-31.
        app.MapGet("/api/broken/calendar", (DateOnly from, DateOnly to) => Results.Ok(to.AddDays(1).DayNumber - from.DayNumber)).AllowAnonymous();
        // Stores before it validates, and refuses with plain text.
        app.MapPost("/api/broken/notes", (SaveRegionInput input) =>
        {
            stored.Add(input.Name ?? "");
            return Results.Text("bad name", statusCode: 400);
        }).AllowAnonymous();
        // Sound: validates paging before use and answers with ProblemDetails.
        app.MapGet("/api/sound/items", ([AsParameters] PagedQueryParameters q) =>
            q.MaxResultCount is < 1 or > 1000 || q.SkipCount < 0 ? Results.Problem(statusCode: 400, title: "Bad request") : Results.Ok()).AllowAnonymous();
        await app.StartAsync();

        var checker = new HostileInputChecker
        {
            Endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList(),
            ClientFor = _ => app.GetTestClient(),
            Fingerprint = () => Task.FromResult(string.Join("|", stored)),
        };
        await checker.RunAsync();
        foreach (var f in checker.Failures) output.WriteLine(f);

        checker.Failures.ShouldContain(f => f.StartsWith("GET /api/broken/calendar", StringComparison.Ordinal) && f.Contains("→ 500"));
        checker.Failures.ShouldContain(f => f.StartsWith("POST /api/broken/notes", StringComparison.Ordinal) && f.Contains("without ProblemDetails"));
        checker.Failures.ShouldContain(f => f.StartsWith("POST /api/broken/notes", StringComparison.Ordinal) && f.Contains("stored data changed"));
        checker.Failures.ShouldNotContain(f => f.Contains("/api/sound/"));
    }
}
