using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Audit;
using NavLederprogram.EntityFrameworkCore;
using Shouldly;

namespace NavLederprogram.HttpApi.Host.Tests.SignIn;

/// <summary>Filling in the server-rendered sign-in pages as a browser does, and reading back what they wrote.</summary>
public static partial class SignInPages
{
    public const string LoginCookie = "NavLederprogram.Login";

    /// <summary>Gets the page and posts its form with the fields given and the page's own antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient browser, string url, Dictionary<string, string> fields, string? handler = null)
    {
        var page = await browser.GetAsync(url);
        page.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url}");
        var html = await page.Content.ReadAsStringAsync();
        fields["__RequestVerificationToken"] = AntiforgeryField().Match(html).Groups[1].Value;
        var target = handler is null ? url : url + (url.Contains('?') ? "&" : "?") + "handler=" + handler;
        return await browser.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    public static bool SetsLoginCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
        && cookies.Any(c => c.StartsWith(LoginCookie + "=", StringComparison.Ordinal)
            && !c.StartsWith(LoginCookie + "=;", StringComparison.Ordinal));

    /// <summary>The page as its reader sees it: Razor writes æ, ø and å as character references.</summary>
    public static async Task<string> TextAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static string SharedKey(string enrolmentPage) => SharedKeyField().Match(enrolmentPage).Groups[1].Value;

    public static IReadOnlyList<string> RecoveryCodes(string page) => [.. RecoveryCodeItem().Matches(page).Select(m => m.Groups[1].Value)];

    public static async Task<List<AuditEntry>> AuditAsync(IServiceProvider services, string action)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        return await db.Set<AuditEntry>().AsNoTracking().Where(e => e.Action == action).OrderBy(e => e.Sequence).ToListAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("id=\"shared-key\">([^<]+)<")]
    private static partial Regex SharedKeyField();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCodeItem();
}
