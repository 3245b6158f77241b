using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NavLederprogram.LoadBench;

/// <summary>
/// Signs a user in as the Angular app does: authorize → login page (antiforgery, user name and password) →
/// authorize again with the cookie → token endpoint with the PKCE verifier. Returns the access token.
/// </summary>
public sealed partial class SignIn(Uri host)
{
    private const string ClientId = "NavLederprogram_App";

    public async Task<string> AccessTokenAsync(string userName, string password, CancellationToken ct)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        using var browser = new HttpClient(handler) { BaseAddress = host };
        var redirectUri = host.GetLeftPart(UriPartial.Authority) + "/";
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = "/connect/authorize?" + string.Join("&", new Dictionary<string, string>
        {
            ["client_id"] = ClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = redirectUri,
            ["scope"] = "openid profile email roles offline_access navlederprogram_api",
            ["state"] = "bench",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

        var loginUrl = Location(await browser.GetAsync(authorize, ct), "authorize").PathAndQuery;
        var page = await browser.GetStringAsync(loginUrl, ct);
        var returnUrl = System.Web.HttpUtility.ParseQueryString(new Uri(host, loginUrl).Query)["ReturnUrl"] ?? "";
        var afterLogin = await browser.PostAsync(loginUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["ReturnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups[1].Value,
        }), ct);
        var withCode = Location(await browser.GetAsync(Location(afterLogin, $"login as {userName}"), ct), "authorize with the cookie");
        var code = System.Web.HttpUtility.ParseQueryString(withCode.Query)["code"]
            ?? throw new InvalidOperationException($"No code for {userName}: {withCode}");

        var token = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirectUri,
            ["client_id"] = ClientId,
            ["code_verifier"] = verifier,
        }), ct);
        var body = await token.Content.ReadAsStringAsync(ct);
        if (!token.IsSuccessStatusCode) throw new InvalidOperationException($"Token for {userName}: {(int)token.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    private Uri Location(HttpResponseMessage response, string step) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location
            ? new Uri(host, location)
            : throw new InvalidOperationException($"{step}: expected a redirect, got {(int)response.StatusCode}");

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
