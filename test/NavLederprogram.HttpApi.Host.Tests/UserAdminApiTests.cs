using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.Identity;
using NavLederprogram.Notifications;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>
/// The administration of users as a system administrator and a coordinator use it: invites and set-password links, person links,
/// scoped roles, disabling, and the rules that keep anyone from granting more than they hold or locking the system out.
/// </summary>
[Collection(HostCollection.Name)]
public partial class UserAdminApiTests(NavLederprogramFactory factory)
{
    private const string Passphrase = "blåbær på fjellet i august";

    [Fact]
    public async Task An_invite_link_sets_the_password_once_in_the_invitees_language_and_the_user_signs_in()
    {
        var admin = await factory.ClientForAsync("sysadmin", "en");
        var (id, userName, email) = await CreateAsync(admin, culture: "nn");

        var link = await InviteLinkAsync(id);
        link.ShouldContain("culture=nn");
        var browser = factory.CreateBrowserClient();
        var page = await browser.GetStringAsync(link);
        page.ShouldContain("<html lang=\"nn\">");
        page.ShouldContain($"Vel eit passord for brukaren {userName}.");

        // A common password and one containing the user name are refused, each with its reason, and nothing is set.
        (await PostPasswordAsync(browser, link, "1qaz2wsx3edc")).ShouldContain("Passordet er mykje brukt eller kjent frå datainnbrot.");
        (await PostPasswordAsync(browser, link, $"{userName} er meg")).ShouldContain("Passordet kan ikkje innehalde brukarnamnet");
        (await PostPasswordAsync(browser, link, "kort")).ShouldContain("Passordet må ha minst 12 teikn.");
        (await UserAsync(id)).PasswordHash.ShouldBeNull();

        (await PostPasswordAsync(browser, link, Passphrase)).ShouldContain("Passordet er lagra.");
        (await factory.SignInWithPkceAsync(userName, Passphrase)).GetProperty("access_token").GetString().ShouldNotBeNullOrEmpty();

        // The same link again: refused, and the password stays the one set first.
        var reused = await PostPasswordAsync(factory.CreateBrowserClient(), link, "ein heilt annan passordsetning");
        reused.ShouldContain("Lenkja har gått ut eller er alt brukt. Ingenting er endra.");
        (await factory.SignInWithPkceAsync(userName, Passphrase)).GetProperty("access_token").GetString().ShouldNotBeNullOrEmpty();

        var user = await admin.GetAsync($"/api/identity/users/{id}").Expect();
        user.GetProperty("hasPassword").GetBoolean().ShouldBeTrue();
        user.GetProperty("email").GetString().ShouldBe(email);
    }

    [Fact]
    public async Task The_invite_email_goes_out_in_the_invitees_language_with_the_link()
    {
        if (NavLederprogramFactory.SmtpSinkWebPort is null) throw new InvalidOperationException("Start the SMTP sink (NAVLEDER_TEST_SMTP_WEB).");
        var admin = await factory.ClientForAsync("sysadmin", "nb");
        var (id, _, email) = await CreateAsync(admin, culture: "en");
        var text = await ReceivedMailTextAsync(email, "/Account/SetPassword");
        text.ShouldContain("You have a user account in NavLederprogram");
        text.ShouldContain(id.ToString());
    }

    [Fact]
    public async Task An_invite_to_an_existing_email_is_a_conflict_on_the_email_field_and_writes_nothing()
    {
        var admin = await factory.ClientForAsync("sysadmin", "en");
        var (_, _, email) = await CreateAsync(admin);
        var before = await CountAsync(db => db.Users.CountAsync());
        var notificationsBefore = await CountAsync(db => db.Set<Notification>().CountAsync());

        var problem = await admin.PostAsJsonAsync("/api/identity/users", new { name = "Someone Else", email = email.ToUpperInvariant(), userName = "someone" + Unique() })
            .Expect(HttpStatusCode.Conflict);
        problem.GetProperty("code").GetString().ShouldBe("Error:Identity.EmailTaken");
        problem.FieldErrors().ShouldBe(["email"]);
        problem.GetProperty("detail").GetString().ShouldBe("A user with this e-mail address already exists.");
        (await CountAsync(db => db.Users.CountAsync())).ShouldBe(before);
        (await CountAsync(db => db.Set<Notification>().CountAsync())).ShouldBe(notificationsBefore);
    }

    [Fact]
    public async Task An_expired_invite_link_is_refused_and_changes_nothing()
    {
        await using var shortLived = new NavLederprogramFactory
        {
            RunsScheduledJobs = false,
            UseSmtpSink = false,
            Settings = { ["Identity:Invites:LinkLifetime"] = "00:00:00" },
        };
        var admin = await shortLived.ClientForAsync("sysadmin", "en");
        var (id, _, _) = await CreateAsync(admin, culture: "en");
        string link;
        await using (var scope = shortLived.Services.CreateAsyncScope())
            link = (await scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>().Set<Notification>()
                .Where(n => n.UserId == id && n.TemplateKey == "Identity.Invite").SingleAsync()).Link!;

        var browser = shortLived.CreateBrowserClient();
        (await browser.GetStringAsync(link)).ShouldContain("The link has expired or has already been used. Nothing was changed.");
        (await PostPasswordAsync(browser, link, Passphrase)).ShouldContain("Nothing was changed.");
        await using (var scope = shortLived.Services.CreateAsyncScope())
            (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(id.ToString()))!.PasswordHash.ShouldBeNull();
    }

    [Fact]
    public async Task A_person_has_at_most_one_user()
    {
        var admin = await factory.ClientForAsync("sysadmin", "en");
        var person = (await TestPeople.CreateAsync(factory, "NAV Malvik", "Advisor")).Single();
        var (first, _, _) = await CreateAsync(admin);
        var (second, _, _) = await CreateAsync(admin);

        var linked = await admin.PutAsJsonAsync($"/api/identity/users/{first}/person", new { personId = person.PersonId }).Expect();
        linked.GetProperty("personId").GetGuid().ShouldBe(person.PersonId);
        linked.GetProperty("officeName").GetString().ShouldBe("NAV Malvik");

        var problem = await admin.PutAsJsonAsync($"/api/identity/users/{second}/person", new { personId = person.PersonId }).Expect(HttpStatusCode.Conflict);
        problem.GetProperty("code").GetString().ShouldBe("Error:Identity.PersonHasUser");
        (await admin.GetAsync($"/api/identity/users/{second}").Expect()).GetProperty("personId").ValueKind.ShouldBe(JsonValueKind.Null);

        // The search finds the person by employee number and tells that a user has them.
        var found = await admin.GetAsync($"/api/identity/users/people?filter={Uri.EscapeDataString(person.LastName)}").Expect();
        found.EnumerateArray().Single().GetProperty("hasUser").GetBoolean().ShouldBeTrue();

        await admin.DeleteAsync($"/api/identity/users/{first}/person").Expect();
        await admin.PutAsJsonAsync($"/api/identity/users/{second}/person", new { personId = person.PersonId }).Expect();
    }

    [Fact]
    public async Task A_coordinator_manages_users_in_their_region_and_cannot_grant_more_than_they_hold()
    {
        var coordinator = await factory.ClientForAsync("regionkoordinator", "en");
        var inRegion = (await TestPeople.CreateAsync(factory, "NAV Malvik", "Advisor")).Single();
        var outside = (await TestPeople.CreateAsync(factory, "NAV Bodø", "Advisor")).Single();
        var options = await coordinator.GetAsync("/api/identity/users/options").Expect();
        options.GetProperty("assignableRoles").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldBe([RoleNames.RegionalCoordinator]);
        var trondelag = options.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "Trøndelag").GetProperty("id").GetGuid();

        // A coordinator's new user is linked to a person in their scope at once, or they would not see it again.
        (await coordinator.PostAsJsonAsync("/api/identity/users", new { name = "No Person", email = $"np{Unique()}@test.no" }).Expect(HttpStatusCode.BadRequest))
            .FieldErrors().ShouldBe(["personId"]);
        (await coordinator.PostAsJsonAsync("/api/identity/users", new { personId = outside.PersonId }).Expect(HttpStatusCode.BadRequest))
            .FieldErrors().ShouldBe(["personId"]);
        var created = await coordinator.PostAsJsonAsync("/api/identity/users", new { personId = inRegion.PersonId, sendInvite = false }).Expect(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("name").GetString().ShouldBe($"Test0 {inRegion.LastName}");

        var grants = await CountAsync(db => db.UserRoles.CountAsync(r => r.UserId == id));
        var above = await coordinator.PutAsJsonAsync($"/api/identity/users/{id}/roles/{RoleNames.SystemAdmin}", new { }).Expect(HttpStatusCode.Conflict);
        above.GetProperty("code").GetString().ShouldBe("Error:Identity.RoleAboveOwn");
        await coordinator.PutAsJsonAsync($"/api/identity/users/{id}/roles/{RoleNames.KsAdmin}", new { }).Expect(HttpStatusCode.Conflict);
        var nordland = (await (await factory.ClientForAsync("sysadmin")).GetAsync("/api/identity/users/options").Expect())
            .GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "Nordland").GetProperty("id").GetGuid();
        await coordinator.PutAsJsonAsync($"/api/identity/users/{id}/roles/{RoleNames.RegionalCoordinator}", new { scopeKind = "Region", scopeId = nordland })
            .Expect(HttpStatusCode.Conflict);
        (await CountAsync(db => db.UserRoles.CountAsync(r => r.UserId == id))).ShouldBe(grants);

        var given = await coordinator.PutAsJsonAsync($"/api/identity/users/{id}/roles/{RoleNames.RegionalCoordinator}", new { scopeKind = "Region", scopeId = trondelag })
            .Expect();
        var role = given.GetProperty("roles").EnumerateArray().Single();
        role.GetProperty("scopeName").GetString().ShouldBe("Trøndelag");

        // A user linked to a person outside the region does not exist for the coordinator, nor does a system administrator.
        var admin = await factory.ClientForAsync("sysadmin", "en");
        var (elsewhere, _, _) = await CreateAsync(admin);
        await admin.PutAsJsonAsync($"/api/identity/users/{elsewhere}/person", new { personId = outside.PersonId }).Expect();
        (await coordinator.GetAsync($"/api/identity/users/{elsewhere}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coordinator.PostAsJsonAsync($"/api/identity/users/{elsewhere}/disable", new { reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await coordinator.GetAsync("/api/identity/users?maxResultCount=1000").Expect();
        var ids = list.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetGuid()).ToList();
        ids.ShouldContain(id);
        ids.ShouldNotContain(elsewhere);
        var sysadminId = await CountAsync(db => db.Users.Where(u => u.UserName == "sysadmin").Select(u => u.Id).SingleAsync());
        ids.ShouldNotContain(sysadminId);
    }

    [Fact]
    public async Task The_last_system_administrator_can_neither_lose_the_role_nor_be_disabled()
    {
        var admin = await factory.ClientForAsync("sysadmin", "en");
        var sysadminId = await CountAsync(db => db.Users.Where(u => u.UserName == "sysadmin").Select(u => u.Id).SingleAsync());
        var removed = await admin.DeleteAsync($"/api/identity/users/{sysadminId}/roles/{RoleNames.SystemAdmin}").Expect(HttpStatusCode.Conflict);
        removed.GetProperty("code").GetString().ShouldBe("Error:Identity.LastSystemAdmin");
        var disabled = await admin.PostAsJsonAsync($"/api/identity/users/{sysadminId}/disable", new { reason = "leaving" }).Expect(HttpStatusCode.Conflict);
        disabled.GetProperty("code").GetString().ShouldBe("Error:Identity.LastSystemAdmin");
        var me = await admin.GetAsync($"/api/identity/users/{sysadminId}").Expect();
        me.GetProperty("isDisabled").GetBoolean().ShouldBeFalse();
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("roleName").GetString()).ShouldContain(RoleNames.SystemAdmin);

        // With a second system administrator, one still cannot take the role from oneself.
        var (second, _, _) = await CreateAsync(admin);
        await admin.PutAsJsonAsync($"/api/identity/users/{second}/roles/{RoleNames.SystemAdmin}", new { }).Expect();
        try
        {
            (await admin.DeleteAsync($"/api/identity/users/{sysadminId}/roles/{RoleNames.SystemAdmin}").Expect(HttpStatusCode.Conflict))
                .GetProperty("code").GetString().ShouldBe("Error:Identity.OwnSystemAdminRole");
        }
        finally
        {
            await admin.DeleteAsync($"/api/identity/users/{second}/roles/{RoleNames.SystemAdmin}").Expect();
        }
    }

    [Fact]
    public async Task Disabling_a_user_stops_their_token_at_the_next_request_and_refuses_sign_in()
    {
        var admin = await factory.ClientForAsync("sysadmin", "en");
        var (id, userName, _) = await CreateAsync(admin);
        await SetPasswordAsync(id, Passphrase);
        await admin.PutAsJsonAsync($"/api/identity/users/{id}/roles/{RoleNames.Leader}", new { }).Expect();
        var tokens = await factory.SignInWithPkceAsync(userName, Passphrase);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        await client.GetAsync("/api/identity/me").Expect();

        (await admin.PostAsJsonAsync($"/api/identity/users/{id}/disable", new { reason = "" }).Expect(HttpStatusCode.BadRequest)).FieldErrors().ShouldBe(["reason"]);
        var disabled = await admin.PostAsJsonAsync($"/api/identity/users/{id}/disable", new { reason = "Left the organisation" }).Expect();
        disabled.GetProperty("isDisabled").GetBoolean().ShouldBeTrue();
        disabled.GetProperty("disabledReason").GetString().ShouldBe("Left the organisation");

        (await client.GetAsync("/api/identity/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var refreshed = await factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
            ["client_id"] = "NavLederprogram_App",
        }));
        refreshed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var login = await NavLederprogramFactory.PostLoginAsync(factory.CreateBrowserClient(), "/Account/Login?ReturnUrl=%2F", userName, Passphrase);
        login.StatusCode.ShouldBe(HttpStatusCode.OK);

        await admin.PostAsync($"/api/identity/users/{id}/enable", null).Expect();
        (await factory.SignInWithPkceAsync(userName, Passphrase)).GetProperty("access_token").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_grant_change_counts_from_the_next_request_and_the_grants_that_keep_the_system_administrable_stay()
    {
        var admin = await factory.ClientForAsync("sysadmin", "en");
        var coordinator = await factory.ClientForAsync("regionkoordinator", "en");
        await coordinator.GetAsync("/api/reports/programme").Expect();
        var view = "NavLederprogram.Reporting.View";
        try
        {
            var matrix = await admin.PutAsJsonAsync("/api/identity/grants", new { roleName = RoleNames.RegionalCoordinator, permissionName = view, granted = false }).Expect();
            Row(matrix, view).GetProperty("grantedRoles").EnumerateArray().Select(r => r.GetString()).ShouldNotContain(RoleNames.RegionalCoordinator);
            (await coordinator.GetAsync("/api/reports/programme")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
        finally
        {
            await admin.PutAsJsonAsync("/api/identity/grants", new { roleName = RoleNames.RegionalCoordinator, permissionName = view, granted = true }).Expect();
        }
        await coordinator.GetAsync("/api/reports/programme").Expect();

        var grid = await admin.GetAsync("/api/identity/grants").Expect();
        Row(grid, "NavLederprogram.Identity.ManageGrants").GetProperty("textKey").GetString().ShouldBe("Permission:Identity.ManageGrants");
        var locked = await admin.PutAsJsonAsync("/api/identity/grants",
            new { roleName = RoleNames.SystemAdmin, permissionName = "NavLederprogram.Identity.ManageGrants", granted = false }).Expect(HttpStatusCode.Conflict);
        locked.GetProperty("code").GetString().ShouldBe("Error:Identity.GrantProtected");
        (await admin.PutAsJsonAsync("/api/identity/grants", new { roleName = "Nobody", permissionName = view, granted = true }).Expect(HttpStatusCode.BadRequest))
            .FieldErrors().ShouldBe(["roleName"]);
        (await coordinator.GetAsync("/api/identity/grants")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Whoever_manages_grants_without_being_system_administrator_grants_only_what_they_hold()
    {
        var admin = await factory.ClientForAsync("sysadmin", "en");
        var manageGrants = "NavLederprogram.Identity.ManageGrants";
        await admin.PutAsJsonAsync("/api/identity/grants", new { roleName = RoleNames.KsAdmin, permissionName = manageGrants, granted = true }).Expect();
        try
        {
            var ks = await factory.ClientForAsync("ksadmin", "en");
            var before = await CountAsync(db => db.PermissionGrants.CountAsync());
            var above = await ks.PutAsJsonAsync("/api/identity/grants",
                new { roleName = RoleNames.Leader, permissionName = "NavLederprogram.Identity.ManageUsers", granted = true }).Expect(HttpStatusCode.Conflict);
            above.GetProperty("code").GetString().ShouldBe("Error:Identity.GrantAboveOwn");
            (await CountAsync(db => db.PermissionGrants.CountAsync())).ShouldBe(before);
            await ks.PutAsJsonAsync("/api/identity/grants", new { roleName = RoleNames.Leader, permissionName = "NavLederprogram.Programmes.Edit", granted = true }).Expect();
            await ks.PutAsJsonAsync("/api/identity/grants", new { roleName = RoleNames.Leader, permissionName = "NavLederprogram.Programmes.Edit", granted = false }).Expect();
        }
        finally
        {
            await admin.PutAsJsonAsync("/api/identity/grants", new { roleName = RoleNames.KsAdmin, permissionName = manageGrants, granted = false }).Expect();
        }
    }

    private static JsonElement Row(JsonElement matrix, string permission) => matrix.GetProperty("groups").EnumerateArray()
        .SelectMany(g => g.GetProperty("permissions").EnumerateArray()).Single(p => p.GetProperty("name").GetString() == permission);

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private static async Task<(Guid Id, string UserName, string Email)> CreateAsync(HttpClient admin, string? culture = null)
    {
        var unique = Unique();
        var email = $"invitert.{unique}@test.navlederprogram.no";
        var userName = $"inv{unique}";
        var created = await admin.PostAsJsonAsync("/api/identity/users", new { name = $"Invitert {unique}", email, userName, preferredCulture = culture })
            .Expect(HttpStatusCode.Created);
        return (created.GetProperty("id").GetGuid(), userName, email);
    }

    private async Task<string> InviteLinkAsync(Guid userId) => (await CountAsync(db => db.Set<Notification>()
        .Where(n => n.UserId == userId && n.TemplateKey == "Identity.Invite").OrderByDescending(n => n.CreationTime).FirstAsync())).Link!;

    private async Task<AppUser> UserAsync(Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(id.ToString()))!;
    }

    private async Task SetPasswordAsync(Guid id, string password)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        (await users.AddPasswordAsync((await users.FindByIdAsync(id.ToString()))!, password)).Succeeded.ShouldBeTrue();
    }

    private async Task<T> CountAsync<T>(Func<NavLederprogramDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>());
    }

    private static async Task<string> PostPasswordAsync(HttpClient browser, string link, string password)
    {
        var page = await (await browser.GetAsync(link)).Content.ReadAsStringAsync();
        var antiforgery = AntiforgeryField().Match(page).Groups[1].Value;
        // A refused link shows no form: the post is sent as a crafted request would be, with a valid antiforgery pair from the login page.
        if (antiforgery.Length == 0)
            antiforgery = AntiforgeryField().Match(await browser.GetStringAsync("/Account/Login")).Groups[1].Value;
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://localhost" + link).Query);
        var response = await browser.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserId"] = query["userId"].ToString(),
            ["Purpose"] = query["purpose"].ToString(),
            ["Token"] = query["token"].ToString(),
            ["Password"] = password,
            ["ConfirmPassword"] = password,
            ["__RequestVerificationToken"] = antiforgery,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> ReceivedMailTextAsync(string address, string marker)
    {
        var deadline = DateTime.UtcNow.AddSeconds(45);
        using var sink = new HttpClient();
        while (DateTime.UtcNow < deadline)
        {
            foreach (var mail in (await sink.GetFromJsonAsync<JsonElement>($"http://127.0.0.1:{NavLederprogramFactory.SmtpSinkWebPort}/api/email")).EnumerateArray())
            {
                var to = mail.GetProperty("to").EnumerateArray().Select(t => t.GetProperty("address").GetString());
                var text = mail.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
                if (to.Contains(address, StringComparer.OrdinalIgnoreCase) && text.Contains(marker, StringComparison.Ordinal)) return text;
            }
            await Task.Delay(250);
        }
        throw new ShouldAssertException($"No e-mail to {address} with {marker} arrived.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
