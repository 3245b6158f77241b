using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Audit;
using NavLederprogram.ExternalProvider;
using NavLederprogram.Identity;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests.SignIn;

/// <summary>
/// The host and two real OpenID Connect providers on free ports (Kestrel, real HTTP: the host's client reads their discovery
/// documents and keys over the network). The host trusts the first as "testid" (matched by e-mail, creating users) and as
/// "bynumber" (matched by employee number, creating nobody); the second, "rogue", it does not know at all.
/// </summary>
public sealed class ExternalProviders : IAsyncLifetime
{
    public const string CallbackUrl = "https://localhost/signin-external";
    private readonly NavLederprogramFactory _factory = new();
    public WebApplication Provider { get; private set; } = null!;
    public WebApplication Rogue { get; private set; } = null!;
    public string ProviderUrl { get; private set; } = "";
    public string RogueUrl { get; private set; } = "";
    public WebApplicationFactory<Program> Host { get; private set; } = null!;
    public WebApplicationFactory<Program> PasswordsOff { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        (Provider, ProviderUrl) = await StartAsync();
        (Rogue, RogueUrl) = await StartAsync();
        Host = _factory.WithWebHostBuilder(b =>
        {
            Configure(b, 0, "testid", "Test-ID", "email", createUsers: true);
            Configure(b, 1, "bynumber", "Test-ID (ansattnummer)", "employee_number", createUsers: false);
        });
        PasswordsOff = Host.WithWebHostBuilder(b => b.UseSetting("Authentication:LocalPasswords:Enabled", "false"));
    }

    private void Configure(IWebHostBuilder b, int index, string name, string displayName, string matchClaim, bool createUsers)
    {
        var prefix = $"Authentication:External:Providers:{index}:";
        b.UseSetting(prefix + "Name", name);
        b.UseSetting(prefix + "DisplayName", displayName);
        b.UseSetting(prefix + "Issuer", ProviderUrl);
        b.UseSetting(prefix + "ClientId", "navlederprogram");
        b.UseSetting(prefix + "ClientSecret", "external-provider-secret");
        b.UseSetting(prefix + "MatchClaim", matchClaim);
        b.UseSetting(prefix + "CreateUsers", createUsers ? "true" : "false");
    }

    private static async Task<(WebApplication, string)> StartAsync()
    {
        var app = ExternalProviderServer.Build(["--urls", "http://127.0.0.1:0", $"--Provider:RedirectUris:0={CallbackUrl}"]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, address.TrimEnd('/') + "/");
    }

    /// <summary>Cookies marked Secure (OpenIddict's state cookie) are sent: the host is reached as https://localhost.</summary>
    public static HttpClient Browser(WebApplicationFactory<Program> host) => host.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    public async ValueTask DisposeAsync()
    {
        await PasswordsOff.DisposeAsync();
        await Host.DisposeAsync();
        await _factory.DisposeAsync();
        await Provider.DisposeAsync();
        await Rogue.DisposeAsync();
    }
}

public sealed partial class ExternalSignInTests(ExternalProviders providers) : IClassFixture<ExternalProviders>
{
    private sealed record Person(string? Email = null, string? EmployeeNumber = null, string? Name = null, string? Subject = null);

    [Fact]
    public async Task Someone_new_signs_in_through_the_provider_gets_a_user_with_no_roles_and_continues_to_the_app()
    {
        var browser = ExternalProviders.Browser(providers.Host);
        var (authorize, verifier) = AppAuthorizeUrl();
        var toLogin = await browser.GetAsync(authorize);
        var returnUrl = QueryHelpers.ParseQuery(toLogin.Headers.Location!.Query)["ReturnUrl"].ToString();
        returnUrl.ShouldStartWith("/connect/authorize");
        (await browser.GetStringAsync(toLogin.Headers.Location.PathAndQuery)).ShouldContain("Logg inn med Test-ID");

        var signedIn = await SignInThroughAsync(browser, "testid", new Person("ny.leder@example.no", Name: "Nora Ny"), returnUrl);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.OriginalString.ShouldBe(returnUrl);
        SignInPages.SetsLoginCookie(signedIn).ShouldBeTrue();

        // Back to the app's own authorization request, which now issues a code: the user is in.
        var withCode = await browser.GetAsync(returnUrl);
        withCode.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var code = QueryHelpers.ParseQuery(withCode.Headers.Location!.Query)["code"].ToString();
        code.ShouldNotBeNullOrEmpty();
        var token = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = "http://localhost/",
            ["client_id"] = "NavLederprogram_App",
            ["code_verifier"] = verifier,
        }));
        token.StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var scope = providers.Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByEmailAsync("ny.leder@example.no")).ShouldNotBeNull();
        user.Name.ShouldBe("Nora Ny");
        (await scope.ServiceProvider.GetRequiredService<IRoleAssignmentRepository>().GetAssignmentsAsync(user.Id)).ShouldBeEmpty();
        (await users.GetLoginsAsync(user)).ShouldContain(l => l.LoginProvider == "testid" && l.ProviderKey == "ny.leder@example.no");
        (await SignInPages.AuditAsync(providers.Host.Services, "SignIn.External"))
            .ShouldContain(e => e.Kind == AuditKind.SignIn && e.SubjectUserId == user.Id);
    }

    [Fact]
    public async Task An_existing_user_is_matched_by_email_the_first_time_and_by_the_stored_login_after()
    {
        var first = await SignInThroughAsync(ExternalProviders.Browser(providers.Host), "testid",
            new Person("frida.fasilitatorsen@ks.no", Subject: "entra-frida"));
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        SignInPages.SetsLoginCookie(first).ShouldBeTrue();

        // The provider now gives another address: the stored login still knows who this is.
        var again = await SignInThroughAsync(ExternalProviders.Browser(providers.Host), "testid",
            new Person("frida@annen-adresse.no", Subject: "entra-frida"));
        SignInPages.SetsLoginCookie(again).ShouldBeTrue();

        await using var scope = providers.Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var frida = (await users.FindByNameAsync("fasilitator"))!;
        (await users.FindByLoginAsync("testid", "entra-frida"))!.Id.ShouldBe(frida.Id);
        (await users.FindByEmailAsync("frida@annen-adresse.no")).ShouldBeNull("no second user was created");
    }

    [Fact]
    public async Task An_existing_user_is_matched_by_employee_number_and_nobody_is_created_where_the_provider_creates_no_users()
    {
        var matched = await SignInThroughAsync(ExternalProviders.Browser(providers.Host), "bynumber", new Person(EmployeeNumber: "D0007"));
        SignInPages.SetsLoginCookie(matched).ShouldBeTrue();

        var unknown = await SignInThroughAsync(ExternalProviders.Browser(providers.Host), "bynumber",
            new Person("ukjent.person@example.no", EmployeeNumber: "X99999"));
        unknown.Headers.Location!.OriginalString.ShouldBe("/Account/Login?external=refused");
        SignInPages.SetsLoginCookie(unknown).ShouldBeFalse();

        await using var scope = providers.Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        (await users.FindByLoginAsync("bynumber", "d0007"))!.UserName.ShouldBe("kollegaveileder");
        (await users.FindByEmailAsync("ukjent.person@example.no")).ShouldBeNull();
        (await SignInPages.AuditAsync(providers.Host.Services, "SignIn.External"))
            .ShouldContain(e => e.Kind == AuditKind.SignInFailed && e.SubjectUserId == null);
    }

    [Fact]
    public async Task A_tampered_state_is_refused_and_nobody_is_signed_in_or_created()
    {
        var response = await SignInThroughAsync(ExternalProviders.Browser(providers.Host), "testid", new Person("tampered.state@example.no"),
            tamper: callback => StateParameter().Replace(callback, m => m.Groups[1].Value + (m.Groups[2].Value[0] == 'A' ? 'B' : 'A') + m.Groups[2].Value[1..]));
        SignInPages.SetsLoginCookie(response).ShouldBeFalse();
        response.StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError);
        await ShouldNotExistAsync("tampered.state@example.no");
    }

    [Fact]
    public async Task A_code_from_an_issuer_the_host_does_not_trust_is_refused()
    {
        // The browser is sent to the trusted provider, but the answer comes from another server with keys of its own.
        var response = await SignInThroughAsync(ExternalProviders.Browser(providers.Host), "testid", new Person("rogue.issuer@example.no"),
            answeringProvider: providers.RogueUrl);
        SignInPages.SetsLoginCookie(response).ShouldBeFalse();
        response.StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError);
        await ShouldNotExistAsync("rogue.issuer@example.no");
        (await SignInPages.AuditAsync(providers.Host.Services, "SignIn.External")).ShouldContain(e => e.Kind == AuditKind.SignInFailed);
    }

    [Fact]
    public async Task A_locked_user_is_refused_through_the_provider_too()
    {
        await using (var scope = providers.Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync("leder3"))!;
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddDays(1));
        }
        string email;
        await using (var scope = providers.Host.Services.CreateAsyncScope())
            email = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("leder3"))!.Email!;

        var response = await SignInThroughAsync(ExternalProviders.Browser(providers.Host), "testid", new Person(email));
        response.Headers.Location!.OriginalString.ShouldBe("/Account/Login?external=refused");
        SignInPages.SetsLoginCookie(response).ShouldBeFalse();
    }

    [Fact]
    public async Task With_local_passwords_off_the_form_is_gone_and_a_posted_password_is_refused()
    {
        var browser = ExternalProviders.Browser(providers.PasswordsOff);
        var page = await browser.GetStringAsync("/Account/Login");
        page.ShouldNotContain("name=\"Password\"");
        page.ShouldContain("Logg inn med Test-ID");

        (await ExternalProviders.Browser(providers.Host).GetStringAsync("/Account/Login")).ShouldContain("name=\"Password\"");
        // A valid antiforgery token from another form of the same browser, so that only the password rule can refuse the post.
        var antiforgery = await browser.GetStringAsync("/Account/Logout");
        var posted = await browser.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "leder",
            ["Password"] = NavLederprogramFactory.Password,
            ["ReturnUrl"] = "/",
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(antiforgery).Groups[1].Value,
        }));
        posted.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        SignInPages.SetsLoginCookie(posted).ShouldBeFalse();
        (await SignInPages.TextAsync(posted)).ShouldContain("Innlogging med passord er slått av.");
    }

    /// <summary>
    /// The browser's way through both servers: the host's challenge, the provider's form (filled in as <paramref name="person"/>),
    /// and the host's callback, whose answer is returned.
    /// </summary>
    private static async Task<HttpResponseMessage> SignInThroughAsync(HttpClient browser, string provider, Person person, string returnUrl = "/",
        Func<string, string>? tamper = null, string? answeringProvider = null)
    {
        var challenge = await browser.GetAsync($"/Account/ExternalLogin?provider={provider}&returnUrl={Uri.EscapeDataString(returnUrl)}");
        challenge.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var authorize = challenge.Headers.Location!;
        authorize.IsAbsoluteUri.ShouldBeTrue();

        using var external = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var form = await external.GetStringAsync(authorize);
        var fields = HiddenField().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields.ShouldContainKey("state");
        if (person.Email is not null) fields["login_email"] = person.Email;
        if (person.EmployeeNumber is not null) fields["login_employee_number"] = person.EmployeeNumber;
        if (person.Name is not null) fields["login_name"] = person.Name;
        if (person.Subject is not null) fields["login_subject"] = person.Subject;
        var target = answeringProvider is null ? authorize.GetLeftPart(UriPartial.Path) : answeringProvider + "connect/authorize";
        var answered = await external.PostAsync(target, new FormUrlEncodedContent(fields));
        answered.StatusCode.ShouldBe(HttpStatusCode.Redirect, await answered.Content.ReadAsStringAsync());
        var callback = answered.Headers.Location!.ToString();
        callback.ShouldStartWith(ExternalProviders.CallbackUrl);
        if (tamper is not null) callback = tamper(callback);
        return await browser.GetAsync(new Uri(callback).PathAndQuery);
    }

    private async Task ShouldNotExistAsync(string email)
    {
        await using var scope = providers.Host.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email)).ShouldBeNull();
    }

    private static (string Url, string Verifier) AppAuthorizeUrl()
    {
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var challenge = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        return ("/connect/authorize?" + string.Join("&", new Dictionary<string, string>
        {
            ["client_id"] = "NavLederprogram_App",
            ["response_type"] = "code",
            ["redirect_uri"] = "http://localhost/",
            ["scope"] = "openid profile email roles navlederprogram_api",
            ["state"] = "s1",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}")), verifier);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();

    [GeneratedRegex("([?&]state=)([^&]+)")]
    private static partial Regex StateParameter();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
