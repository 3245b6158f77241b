using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests.SignIn;

/// <summary>A host with two-step sign-in required for admin roles, as in production (the demo settings turn it off).</summary>
public sealed class TwoFactorHost : IAsyncLifetime
{
    private readonly NavLederprogramFactory _factory = new();
    public WebApplicationFactory<Program> Host { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Host = _factory.WithWebHostBuilder(b => b.UseSetting("Identity:TwoFactor:Required", "true"));
        return ValueTask.CompletedTask;
    }

    public HttpClient Browser() =>
        Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await _factory.DisposeAsync();
    }
}

public sealed class TwoFactorSignInTests(TwoFactorHost host) : IClassFixture<TwoFactorHost>
{
    private const string Password = NavLederprogramFactory.Password;

    [Fact]
    public async Task An_admin_without_an_authenticator_must_set_one_up_before_getting_in()
    {
        var browser = host.Browser();
        var login = await LoginAsync(browser, "diradmin");
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        login.Headers.Location!.OriginalString.ShouldStartWith("/Account/EnableAuthenticator");
        SignInPages.SetsLoginCookie(login).ShouldBeFalse("the password alone does not sign an admin in");

        // Not signed in yet: the app's authorization and the user's own pages send them back to sign in.
        (await browser.GetAsync("/Account/Security")).Headers.Location!.AbsolutePath.ShouldBe("/Account/Login");

        var enrolment = await browser.GetStringAsync(login.Headers.Location.OriginalString);
        var key = SignInPages.SharedKey(enrolment);
        key.ShouldNotBeNullOrWhiteSpace();
        enrolment.ShouldContain("data:image/png;base64,");

        var wrong = await SignInPages.PostFormAsync(browser, login.Headers.Location.OriginalString, new() { ["Code"] = "000000", ["ReturnUrl"] = "/" });
        (await SignInPages.TextAsync(wrong)).ShouldContain("Koden er feil eller utløpt");
        SignInPages.SetsLoginCookie(wrong).ShouldBeFalse();

        var enabled = await SignInPages.PostFormAsync(browser, login.Headers.Location.OriginalString,
            new() { ["Code"] = Totp.Code(key), ["ReturnUrl"] = "/" });
        enabled.StatusCode.ShouldBe(HttpStatusCode.OK);
        SignInPages.SetsLoginCookie(enabled).ShouldBeTrue();
        var codes = SignInPages.RecoveryCodes(await enabled.Content.ReadAsStringAsync());
        codes.Count.ShouldBe(10);
        codes.Distinct().Count().ShouldBe(10);

        var security = await browser.GetAsync("/Account/Security");
        security.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await SignInPages.TextAsync(security);
        text.ShouldContain("Totrinnsinnlogging er slått på");
        text.ShouldContain("Gjenopprettingskoder igjen: 10.");
    }

    [Fact]
    public async Task A_user_with_an_authenticator_signs_in_with_password_and_code_and_each_step_is_audited()
    {
        var (key, _) = await EnrolAsync("ksadmin");
        var browser = host.Browser();
        var login = await LoginAsync(browser, "ksadmin", returnUrl: "/my-page");
        login.Headers.Location!.OriginalString.ShouldStartWith("/Account/LoginWith2fa");
        SignInPages.SetsLoginCookie(login).ShouldBeFalse();

        var url = login.Headers.Location.OriginalString;
        var wrong = await SignInPages.PostFormAsync(browser, url, new() { ["Code"] = "123456", ["ReturnUrl"] = "/my-page" });
        (await SignInPages.TextAsync(wrong)).ShouldContain("Koden er feil eller utløpt.");

        var right = await SignInPages.PostFormAsync(browser, url, new() { ["Code"] = Totp.Code(key), ["ReturnUrl"] = "/my-page" });
        right.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        right.Headers.Location!.OriginalString.ShouldBe("/my-page");
        SignInPages.SetsLoginCookie(right).ShouldBeTrue();

        var userId = await UserIdAsync("ksadmin");
        (await SignInPages.AuditAsync(host.Host.Services, "SignIn.TwoFactor"))
            .ShouldContain(e => e.Kind == NavLederprogram.Audit.AuditKind.SignInFailed && e.SubjectUserId == userId);
        (await SignInPages.AuditAsync(host.Host.Services, "SignIn.TwoFactor"))
            .ShouldContain(e => e.Kind == NavLederprogram.Audit.AuditKind.SignIn && e.SubjectUserId == userId && e.ActorUserId == userId);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var (_, codes) = await EnrolAsync("regionkoordinator");
        var code = codes[3];

        var first = host.Browser();
        var login = await LoginAsync(first, "regionkoordinator");
        var recovery = login.Headers.Location!.OriginalString.Replace("LoginWith2fa", "LoginWithRecoveryCode", StringComparison.Ordinal);
        var used = await SignInPages.PostFormAsync(first, recovery, new() { ["RecoveryCode"] = code, ["ReturnUrl"] = "/" });
        used.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        SignInPages.SetsLoginCookie(used).ShouldBeTrue();

        var second = host.Browser();
        await LoginAsync(second, "regionkoordinator");
        var again = await SignInPages.PostFormAsync(second, recovery, new() { ["RecoveryCode"] = code, ["ReturnUrl"] = "/" });
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SignInPages.TextAsync(again)).ShouldContain("Gjenopprettingskoden er feil eller allerede brukt.");
        SignInPages.SetsLoginCookie(again).ShouldBeFalse();

        var userId = await UserIdAsync("regionkoordinator");
        var entries = await SignInPages.AuditAsync(host.Host.Services, "SignIn.RecoveryCode");
        entries.ShouldContain(e => e.Kind == NavLederprogram.Audit.AuditKind.SignIn && e.SubjectUserId == userId);
        entries.ShouldContain(e => e.Kind == NavLederprogram.Audit.AuditKind.SignInFailed && e.SubjectUserId == userId);
    }

    [Fact]
    public async Task The_code_page_means_nothing_without_the_password_step()
    {
        var browser = host.Browser();
        var page = await browser.GetAsync("/Account/LoginWith2fa");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.OriginalString.ShouldStartWith("/Account/Login");
        (await browser.GetAsync("/Account/EnableAuthenticator")).Headers.Location!.OriginalString.ShouldStartWith("/Account/Login");
    }

    [Fact]
    public async Task A_leader_signs_in_with_the_password_alone_and_the_sign_in_is_audited()
    {
        var browser = host.Browser();
        var login = await LoginAsync(browser, "leder2");
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        login.Headers.Location!.OriginalString.ShouldBe("/");
        SignInPages.SetsLoginCookie(login).ShouldBeTrue();

        var wrong = await LoginAsync(host.Browser(), "leder2", password: "not-the-password");
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        await LoginAsync(host.Browser(), "nobody-by-this-name", password: "whatever-it-is");

        var userId = await UserIdAsync("leder2");
        // The user list shows it, so that admins find accounts nobody uses.
        (await LastSignInAsync("leder2")).ShouldNotBeNull();
        var entries = await SignInPages.AuditAsync(host.Host.Services, "SignIn.Password");
        entries.ShouldContain(e => e.Kind == NavLederprogram.Audit.AuditKind.SignIn && e.SubjectUserId == userId && e.Target == $"AppUser:{userId}");
        entries.ShouldContain(e => e.Kind == NavLederprogram.Audit.AuditKind.SignInFailed && e.SubjectUserId == userId);
        // An unknown username is recorded without it: what was typed may be someone's password.
        entries.ShouldContain(e => e.Kind == NavLederprogram.Audit.AuditKind.SignInFailed && e.SubjectUserId == null && e.Target == null);
        entries.ShouldNotContain(e => (e.Detail ?? "").Contains("nobody-by-this-name") || (e.Target ?? "").Contains("nobody-by-this-name"));
    }

    [Fact]
    public async Task Recovery_codes_are_renewed_and_a_lost_authenticator_is_replaced_from_the_security_page()
    {
        var (oldKey, oldCodes) = await EnrolAsync("kommunekoordinator");
        var browser = host.Browser();
        var login = await LoginAsync(browser, "kommunekoordinator");
        (await SignInPages.PostFormAsync(browser, login.Headers.Location!.OriginalString, new() { ["Code"] = Totp.Code(oldKey), ["ReturnUrl"] = "/" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var renewed = await SignInPages.PostFormAsync(browser, "/Account/Security", [], handler: "RecoveryCodes");
        renewed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var newCodes = SignInPages.RecoveryCodes(await renewed.Content.ReadAsStringAsync());
        newCodes.Count.ShouldBe(10);
        newCodes.ShouldNotContain(oldCodes[0]);

        var reset = await SignInPages.PostFormAsync(browser, "/Account/Security", [], handler: "Reset");
        reset.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        reset.Headers.Location!.OriginalString.ShouldStartWith("/Account/EnableAuthenticator");
        var newKey = SignInPages.SharedKey(await browser.GetStringAsync(reset.Headers.Location.OriginalString));
        newKey.ShouldNotBe(oldKey);
        System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync("/Account/Security")).ShouldContain("Totrinnsinnlogging er slått av.");
    }

    private async Task<(string Key, IReadOnlyList<string> Codes)> EnrolAsync(string userName)
    {
        var browser = host.Browser();
        var login = await LoginAsync(browser, userName);
        var url = login.Headers.Location!.OriginalString;
        url.ShouldStartWith("/Account/EnableAuthenticator");
        var key = SignInPages.SharedKey(await browser.GetStringAsync(url));
        var enabled = await SignInPages.PostFormAsync(browser, url, new() { ["Code"] = Totp.Code(key), ["ReturnUrl"] = "/" });
        return (key, SignInPages.RecoveryCodes(await enabled.Content.ReadAsStringAsync()));
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient browser, string userName, string password = Password, string returnUrl = "/") =>
        NavLederprogramFactory.PostLoginAsync(browser, "/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl), userName, password);

    private async Task<DateTime?> LastSignInAsync(string userName)
    {
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(host.Host.Services);
        var users = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<NavLederprogram.Identity.AppUser>>(scope.ServiceProvider);
        return (await users.FindByNameAsync(userName))!.LastSignInAt;
    }

    private async Task<Guid> UserIdAsync(string userName)
    {
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(host.Host.Services);
        var users = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<NavLederprogram.Identity.AppUser>>(scope.ServiceProvider);
        return (await users.FindByNameAsync(userName))!.Id;
    }
}
