using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Identity;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>Pages about "my" person: every demo user has one; a user without one is told why instead of getting an error.</summary>
[Collection(HostCollection.Name)]
public class PersonLinkApiTests(NavLederprogramFactory factory)
{
    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Theory]
    [InlineData("sysadmin", "Sigrun Systemsen", "State")]
    [InlineData("ksadmin", "Kari KS-Nordmann", "Ks")]
    [InlineData("diradmin", "Didrik Direktoratsen", "State")]
    [InlineData("regionkoordinator", "Rita Regionsen", "State")]
    [InlineData("kommunekoordinator", "Kåre Kommunesen", "Municipality")]
    [InlineData("fasilitator", "Frida Fasilitatorsen", "Ks")]
    [InlineData("kollegaveileder", "Kjell Kollega", "State")]
    [InlineData("leder", null, "State")]
    [InlineData("kursredaktor", "Kristin Kursredaktør", "State")]
    public async Task Every_demo_user_has_a_competence_profile_and_a_programme_page(string userName, string? name, string employer)
    {
        var client = await factory.ClientForAsync(userName, "en");
        var profile = await Ok(await client.GetAsync("/api/competence/my-profile"));
        profile.GetProperty("noPerson").ValueKind.ShouldBe(JsonValueKind.Null);
        var personId = profile.GetProperty("personId").GetGuid();
        if (name is not null) profile.GetProperty("personName").GetString().ShouldBe(name);
        profile.GetProperty("officeName").GetString()!.ShouldStartWith("NAV ");

        var person = await Ok(await (await factory.ClientForAsync("sysadmin")).GetAsync($"/api/organisation/people/{personId}"));
        person.GetProperty("employer").GetString().ShouldBe(employer);

        var programme = await Ok(await client.GetAsync("/api/my-programme"));
        programme.GetProperty("noPerson").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_user_without_a_person_is_told_why_and_whom_to_ask_instead_of_a_conflict()
    {
        var userName = $"uten-person-{Guid.NewGuid():N}"[..24];
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser(Guid.CreateVersion7(), userName, $"{userName}@test.navlederprogram.no", "Uten Person");
            // The demo password, set as the seed sets demo users' passwords: past the password policy, which real passwords meet.
            user.PasswordHash = users.PasswordHasher.HashPassword(user, NavLederprogramFactory.Password);
            (await users.CreateAsync(user)).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, RoleNames.Leader)).Succeeded.ShouldBeTrue();
        }
        var client = await factory.ClientForAsync(userName, "en");

        var profile = await Ok(await client.GetAsync("/api/competence/my-profile"));
        profile.GetProperty("personId").ValueKind.ShouldBe(JsonValueKind.Null);
        profile.GetProperty("requirements").GetArrayLength().ShouldBe(0);
        var reason = profile.GetProperty("noPerson");
        reason.GetProperty("code").GetString().ShouldBe("Error:Competence.NoPersonProfile");
        reason.GetProperty("message").GetString().ShouldBe(
            "Your user is not linked to a person in the organisation register. Ask your system administrator or HR to link it.");

        var programme = await Ok(await client.GetAsync("/api/my-programme"));
        programme.GetProperty("cohorts").GetArrayLength().ShouldBe(0);
        programme.GetProperty("noPerson").GetProperty("code").GetString().ShouldBe("Error:Competence.NoPersonProfile");

        var nynorsk = await Ok(await (await factory.ClientForAsync(userName, "nn")).GetAsync("/api/my-programme"));
        nynorsk.GetProperty("noPerson").GetProperty("message").GetString()!.ShouldContain("organisasjonsregisteret");
    }
}
