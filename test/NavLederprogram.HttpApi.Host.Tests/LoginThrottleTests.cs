using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Identity;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>Password guessing is refused for the guesser's address; it neither locks the owner out nor tells which usernames exist.</summary>
public partial class LoginThrottleTests
{
    private const string Login = "/Account/Login?ReturnUrl=%2F&culture=en&ui-culture=en";
    private const string Wrong = "Wrong username or password.";
    private const string TooMany = "Too many failed sign-in attempts from here. Wait 15 minutes and try again.";

    [Fact]
    public async Task Unknown_and_known_usernames_get_the_same_answers_try_after_try()
    {
        await using var factory = new NavLederprogramFactory(null, 100_000);
        var known = new List<string>();
        var unknown = new List<string>();
        var knownBrowser = BrowserFrom(factory, "10.0.0.1");
        var unknownBrowser = BrowserFrom(factory, "10.0.0.2");
        for (var i = 0; i < 7; i++)
        {
            known.Add(await NormalizedAsync(await AttemptAsync(knownBrowser, "leder", "wrong-" + i), "leder"));
            unknown.Add(await NormalizedAsync(await AttemptAsync(unknownBrowser, "ingen-slik-bruker", "wrong-" + i), "ingen-slik-bruker"));
        }

        known.ShouldBe(unknown);
        known.Select(Message).ShouldBe([Wrong, Wrong, Wrong, Wrong, Wrong, TooMany, TooMany]);
    }

    [Fact]
    public async Task An_attacker_failing_many_times_does_not_keep_the_owner_out()
    {
        await using var factory = new NavLederprogramFactory(null, 100_000);
        var attacker = BrowserFrom(factory, "203.0.113.7");
        for (var i = 0; i < 12; i++) await AttemptAsync(attacker, "kollegaveileder", "guess-" + i);

        // The attacker's address is refused even with the right password...
        var guessed = await AttemptAsync(attacker, "kollegaveileder", NavLederprogramFactory.Password);
        guessed.StatusCode.ShouldBe(HttpStatusCode.OK);
        Message(await guessed.Content.ReadAsStringAsync()).ShouldBe(TooMany);

        // ...while the owner, elsewhere, signs in at once.
        var owner = await AttemptAsync(BrowserFrom(factory, "198.51.100.20"), "kollegaveileder", NavLederprogramFactory.Password);
        owner.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        (await users.IsLockedOutAsync((await users.FindByNameAsync("kollegaveileder"))!)).ShouldBeFalse();
    }

    [Fact]
    public async Task One_address_trying_many_usernames_is_refused_for_all_of_them()
    {
        await using var root = new NavLederprogramFactory(null, 100_000);
        await using var factory = root.WithWebHostBuilder(b => b.UseSetting("LoginThrottle:FailuresPerAddress", "6"));
        var sprayer = BrowserFrom(factory, "192.0.2.99");
        var names = new[] { "leder", "fasilitator", "ksadmin", "regionkoordinator", "nobody-1", "nobody-2" };
        foreach (var name in names)
            Message(await (await AttemptAsync(sprayer, name, "Sommer2026")).Content.ReadAsStringAsync()).ShouldBe(Wrong);

        Message(await (await AttemptAsync(sprayer, "fasilitator", NavLederprogramFactory.Password)).Content.ReadAsStringAsync()).ShouldBe(TooMany);
        (await AttemptAsync(BrowserFrom(factory, "192.0.2.100"), "fasilitator", NavLederprogramFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Behind_a_trusted_load_balancer_each_client_is_counted_at_its_own_address()
    {
        await using var root = new NavLederprogramFactory(null, 100_000);
        await using var factory = root.WithWebHostBuilder(b =>
        {
            b.UseSetting("App:TrustedProxies:0", "10.1.0.0/16");
            b.UseSetting("LoginThrottle:FailuresPerAddress", "3");
        });
        // Every request arrives from the load balancer; the client's own address is in X-Forwarded-For.
        var attacker = BrowserFrom(factory, "10.1.0.5", forwardedFor: "203.0.113.7");
        foreach (var name in new[] { "leder", "ksadmin", "nobody" })
            Message(await (await AttemptAsync(attacker, name, "Sommer2026")).Content.ReadAsStringAsync()).ShouldBe(Wrong);
        Message(await (await AttemptAsync(attacker, "fasilitator", NavLederprogramFactory.Password)).Content.ReadAsStringAsync()).ShouldBe(TooMany);

        // Another client behind the same balancer is not refused for the attacker's guesses.
        (await AttemptAsync(BrowserFrom(factory, "10.1.0.5", forwardedFor: "198.51.100.20"), "fasilitator", NavLederprogramFactory.Password))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // A client that is no trusted proxy cannot choose the address it is counted at.
        var spoofer = BrowserFrom(factory, "203.0.113.7", forwardedFor: "198.51.100.99");
        Message(await (await AttemptAsync(spoofer, "fasilitator", NavLederprogramFactory.Password)).Content.ReadAsStringAsync()).ShouldBe(TooMany);
    }

    private static Task<HttpResponseMessage> AttemptAsync(HttpClient browser, string userName, string password) =>
        NavLederprogramFactory.PostLoginAsync(browser, Login, userName, password);

    private static string Message(string page) => ErrorSummary().Match(page) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : "";

    /// <summary>The page without what differs by design: the typed username and the antiforgery token.</summary>
    private static async Task<string> NormalizedAsync(HttpResponseMessage response, string userName) =>
        Token().Replace(await response.Content.ReadAsStringAsync(), "").Replace($"value=\"{userName}\"", "value=\"\"") + $" status={(int)response.StatusCode}";

    /// <summary>A browser at the given client address, with its own cookies; behind a proxy, the address it forwards for.</summary>
    private static HttpClient BrowserFrom(WebApplicationFactory<Program> factory, string address, string? forwardedFor = null)
    {
        var server = factory.Server.CreateHandler(c => c.Connection.RemoteIpAddress = IPAddress.Parse(address));
        var browser = new HttpClient(new CookieJar { InnerHandler = server }) { BaseAddress = new Uri("http://localhost") };
        if (forwardedFor is not null) browser.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return browser;
    }

    private sealed class CookieJar : DelegatingHandler
    {
        private readonly CookieContainer _cookies = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var header = _cookies.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0) request.Headers.Add("Cookie", header);
            var response = await base.SendAsync(request, ct);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
                foreach (var value in values) _cookies.SetCookies(request.RequestUri!, value);
            return response;
        }
    }

    [GeneratedRegex("id=\"error-summary\">\\s*<p>([^<]*)</p>")]
    private static partial Regex ErrorSummary();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex Token();
}
