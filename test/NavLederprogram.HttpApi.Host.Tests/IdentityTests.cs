using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

[Collection(HostCollection.Name)]
public class SignInTests(NavLederprogramFactory factory)
{
    [Fact]
    public async Task A_refresh_token_gives_a_new_working_access_token()
    {
        var tokens = await factory.SignInWithPkceAsync("fasilitator");
        var refreshed = await factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
            ["client_id"] = "NavLederprogram_App",
        }));
        refreshed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString());
        (await client.GetFromJsonAsync<JsonElement>("/api/identity/me")).GetProperty("userName").GetString().ShouldBe("fasilitator");
    }

    [Fact]
    public async Task The_login_page_speaks_the_chosen_language_and_shows_a_wrong_password()
    {
        var browser = factory.CreateBrowserClient();
        var nynorsk = await browser.GetStringAsync("/Account/Login?culture=nn&ui-culture=nn");
        nynorsk.ShouldContain("<html lang=\"nn\">");
        nynorsk.ShouldContain("Brukarnamn");

        var wrong = await NavLederprogramFactory.PostLoginAsync(browser, "/Account/Login?ReturnUrl=%2F", "leder", "feil-passord");
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("Feil brukarnamn eller passord.");
    }

    [Fact]
    public async Task A_wrong_client_secret_gets_no_token()
    {
        var response = await factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = NavLederprogramFactory.HrClientId,
            ["client_secret"] = "guess",
            ["scope"] = "navlederprogram_hr_import",
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

public class HostLifecycleTests
{
    [Fact]
    public async Task Signing_keys_survive_a_restart_so_issued_tokens_stay_valid()
    {
        var folder = Directory.CreateTempSubdirectory("navleder-restart-").FullName;
        string token;
        string? connection;
        await using (var first = new NavLederprogramFactory(folder, 1000))
        {
            token = await first.AccessTokenForAsync("ksadmin");
            connection = first.ConnectionString;
        }

        await using var second = new NavLederprogramFactory(folder, 1000, connection);
        var client = second.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await client.GetAsync("/api/identity/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_token_endpoint_is_rate_limited()
    {
        await using var factory = new NavLederprogramFactory(null, 3);
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }))).StatusCode);
        statuses.Take(3).ShouldNotContain(HttpStatusCode.TooManyRequests);
        statuses.Skip(3).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
    }
}
