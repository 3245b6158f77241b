using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

[Collection(HostCollection.Name)]
public class SecurityHeaderTests(NavLederprogramFactory factory)
{
    [Fact]
    public async Task Every_kind_of_answer_carries_the_security_headers()
    {
        var anonymous = factory.CreateClient();
        var api = await factory.ClientForAsync("ksadmin");
        var answers = new Dictionary<string, HttpResponseMessage>
        {
            ["start page"] = await anonymous.GetAsync("/"),
            ["API"] = await api.GetAsync("/api/identity/me"),
            ["login page"] = await anonymous.GetAsync("/Account/Login"),
            ["static file"] = await anonymous.GetAsync("/account.css"),
            ["health"] = await anonymous.GetAsync("/health/live"),
            ["404 problem"] = await anonymous.GetAsync("/api/no-such-thing"),
            ["400 problem"] = await api.PostAsync("/api/organisation/offices", new StringContent("{\"name\":", Encoding.UTF8, "application/json")),
        };
        answers["API"].StatusCode.ShouldBe(HttpStatusCode.OK);
        answers["login page"].StatusCode.ShouldBe(HttpStatusCode.OK);
        answers["static file"].StatusCode.ShouldBe(HttpStatusCode.OK);
        answers["404 problem"].StatusCode.ShouldBe(HttpStatusCode.NotFound);
        answers["400 problem"].StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        foreach (var (what, response) in answers)
        {
            var csp = Directives(Header(response, "Content-Security-Policy"));
            csp["frame-ancestors"].ShouldBe("'none'", what);
            csp["object-src"].ShouldBe("'none'", what);
            csp["script-src"].ShouldStartWith("'self'", Case.Sensitive, what);
            csp["script-src"].ShouldNotContain("unsafe-inline", Case.Sensitive, what);
            csp["script-src"].ShouldNotContain("unsafe-eval", Case.Sensitive, what);
            csp.ShouldNotContainKey("script-src-attr", what);
            Header(response, "X-Content-Type-Options").ShouldBe("nosniff", what);
            Header(response, "X-Frame-Options").ShouldBe("DENY", what);
            Header(response, "Referrer-Policy").ShouldBe("strict-origin-when-cross-origin", what);
            Header(response, "Permissions-Policy").ShouldContain("camera=()", Case.Sensitive, what);
            response.Headers.Contains("Server").ShouldBeFalse(what);
            // Development over plain HTTP: a remembered HSTS entry would lock developers out of http://localhost.
            response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse(what);
        }
    }

    [Fact]
    public void Kestrel_does_not_name_itself()
    {
        factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader.ShouldBeFalse();
    }

    [Fact]
    public async Task The_app_page_may_run_exactly_the_inline_scripts_of_its_build()
    {
        var spa = Directory.CreateTempSubdirectory("navleder-spa-").FullName;
        const string inline = "document.body.dataset.ready='1'";
        await File.WriteAllTextAsync(Path.Combine(spa, "index.html"),
            $"<!doctype html><html><head><script src=\"main.js\" type=\"module\"></script></head><body><script>{inline}</script></body></html>");
        await using var withSpa = factory.WithWebHostBuilder(b => b.UseSetting("App:SpaRoot", spa));
        var client = withSpa.CreateClient();

        foreach (var path in new[] { "/", "/programmes/some/deep/link" })
        {
            var response = await client.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await response.Content.ReadAsStringAsync()).ShouldContain(inline);
            var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));
            Directives(Header(response, "Content-Security-Policy"))["script-src"].ShouldBe($"'self' 'sha256-{hash}'");
        }
    }

    [Fact]
    public async Task The_API_reference_has_its_own_policy_and_nothing_else_shares_it()
    {
        var reference = await factory.CreateClient().GetAsync("/scalar/");
        Directives(Header(reference, "Content-Security-Policy"))["frame-ancestors"].ShouldBe("'none'");
        Header(reference, "X-Content-Type-Options").ShouldBe("nosniff");

        Infrastructure.SecurityHeaders.PolicyFor("/scalar/v1").ShouldBe(Infrastructure.SecurityHeaders.ApiReference);
        Infrastructure.SecurityHeaders.PolicyFor("/scalarish").ShouldBe(Infrastructure.SecurityHeaders.App);
        Infrastructure.SecurityHeaders.PolicyFor("/api/scalar").ShouldBe(Infrastructure.SecurityHeaders.App);
    }

    [Fact]
    public async Task Development_over_HTTPS_sends_no_HSTS_and_cookies_follow_the_request()
    {
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://lederprogram.test"), AllowAutoRedirect = false });
        var login = await browser.GetAsync("/Account/Login?culture=en&ui-culture=en");
        login.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();

        var plain = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var cookies = Cookies(await plain.GetAsync("/Account/Login?culture=en&ui-culture=en"));
        cookies.ShouldNotBeEmpty();
        cookies.ShouldAllBe(c => !c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Production_sends_HSTS_and_every_cookie_is_Secure()
    {
        await using var production = factory.WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("App:PublicUrl", "https://lederprogram.test");
            b.UseSetting("OpenIddict:SigningCertificatePath", Certificate(factory.DataFolder, "prod-signing.pfx", X509KeyUsageFlags.DigitalSignature));
            b.UseSetting("OpenIddict:EncryptionCertificatePath", Certificate(factory.DataFolder, "prod-encryption.pfx", X509KeyUsageFlags.KeyEncipherment));
        });
        // Not localhost: browsers ignore HSTS for it, and the header is left out there.
        var browser = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://lederprogram.test"), AllowAutoRedirect = false, HandleCookies = true });

        var login = await browser.GetAsync("/Account/Login?ReturnUrl=%2F&culture=en&ui-culture=en");
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        Header(login, "Strict-Transport-Security").ShouldContain("max-age=31536000");
        var cookies = Cookies(login);
        cookies.ShouldContain(c => c.StartsWith(".AspNetCore.Antiforgery"));
        cookies.ShouldContain(c => c.StartsWith(".AspNetCore.Culture"));

        var signedIn = await NavLederprogramFactory.PostLoginAsync(browser, "/Account/Login?ReturnUrl=%2F", "fasilitator", NavLederprogramFactory.Password);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var signInCookies = Cookies(signedIn);
        signInCookies.ShouldContain(c => c.StartsWith("NavLederprogram.Login="));

        foreach (var cookie in cookies.Concat(signInCookies))
            cookie.Split(';').Select(p => p.Trim()).ShouldContain("secure", cookie);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values) : throw new ShouldAssertException($"{response.RequestMessage?.RequestUri} has no {name} header");

    private static Dictionary<string, string> Directives(string csp) =>
        csp.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2)).ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");

    private static List<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];

    private static string Certificate(string folder, string name, X509KeyUsageFlags usage)
    {
        var path = Path.Combine(folder, name);
        if (File.Exists(path)) return path;
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=NavLederprogram test " + usage, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx));
        return path;
    }
}
