using System.Globalization;
using System.Net;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>
/// The pages everyone opens cost a fixed, small number of SQL statements, whatever the size of the data: a read that
/// starts to issue one statement per row, or reads a table twice, fails here. Each bound is the count reached, with
/// what the statements are; reference data (catalogue, names, job roles, published versions) and the caller's roles
/// and permissions come from the node's caches, warmed by the first read.
/// </summary>
[Collection(HostCollection.Name)]
public class KeyReadCostTests(NavLederprogramFactory factory)
{
    private const string Header = "X-Db-Statements";

    [Fact]
    public async Task My_programme_reads_each_kind_of_row_once_for_all_the_callers_cohorts()
    {
        var leader = await factory.ClientForAsync("leder");
        // The person, their enrolments, the cohorts, the reflection notes (the published versions are cached); and when some
        // enrolments are on a waitlist or completed, their places in line and their certificates: one statement each.
        var (body, statements) = await WarmReadAsync(leader, "/api/my-programme");
        var cohorts = body.GetProperty("cohorts").EnumerateArray().ToList();
        cohorts.ShouldNotBeEmpty();
        cohorts[0].GetProperty("modules").GetArrayLength().ShouldBeGreaterThan(0);
        var extra = (cohorts.Any(c => c.GetProperty("status").GetString() == "Waitlisted") ? 1 : 0)
            + (cohorts.Any(c => c.GetProperty("status").GetString() == "Completed") ? 1 : 0);
        statements.ShouldBeLessThanOrEqualTo(4 + extra);
    }

    [Fact]
    public async Task My_competence_profile_reads_the_catalogue_once()
    {
        var leader = await factory.ClientForAsync("leder");
        // The person, their statuses, their office's name, their evidence (the catalogue and job roles are cached).
        var (body, statements) = await WarmReadAsync(leader, "/api/competence/my-profile");
        body.GetProperty("requirements").GetArrayLength().ShouldBeGreaterThan(0);
        statements.ShouldBeLessThanOrEqualTo(4);
    }

    [Fact]
    public async Task The_office_list_reads_a_page_and_the_names_it_shows()
    {
        var admin = await factory.ClientForAsync("sysadmin");
        // The count, the page with its municipalities (the scope's role assignments and the names are cached).
        var (body, statements) = await WarmReadAsync(admin, "/api/organisation/offices");
        body.GetProperty("items").GetArrayLength().ShouldBeGreaterThan(0);
        body.GetProperty("items")[0].GetProperty("regionName").GetString().ShouldNotBeNullOrEmpty();
        statements.ShouldBeLessThanOrEqualTo(2);
    }

    [Fact]
    public async Task The_cohort_list_reads_a_page_and_the_names_it_shows()
    {
        var leader = await factory.ClientForAsync("leder");
        // The count, the page, the enrolment counts, the caller's person and their enrolments (role assignments, version and
        // region names are cached); and, when the caller waits on a waitlist, their places in line.
        var (body, statements) = await WarmReadAsync(leader, "/api/cohorts");
        var mine = body.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("myEnrolment")).Where(e => e.ValueKind == JsonValueKind.Object).ToList();
        mine.ShouldNotBeEmpty();
        statements.ShouldBeLessThanOrEqualTo(5 + (mine.Any(e => e.GetProperty("status").GetString() == "Waitlisted") ? 1 : 0));
    }

    [Fact]
    public async Task A_person_is_read_with_their_office_name_and_job_roles()
    {
        var admin = await factory.ClientForAsync("sysadmin");
        var id = (await admin.GetAsync("/api/organisation/people?maxResultCount=1").Expect()).GetProperty("items")[0].GetProperty("id").GetGuid();
        // The person with their job roles, the office's name (role assignments and job roles are cached).
        var (body, statements) = await WarmReadAsync(admin, $"/api/organisation/people/{id}");
        body.GetProperty("officeName").GetString().ShouldNotBeNullOrEmpty();
        statements.ShouldBeLessThanOrEqualTo(2);
    }

    [Fact]
    public async Task Who_am_I_reads_the_user_and_their_roles()
    {
        var leader = await factory.ClientForAsync("leder");
        // The user (their role assignments and permissions are cached).
        var (body, statements) = await WarmReadAsync(leader, "/api/identity/me");
        body.GetProperty("userName").GetString().ShouldBe("leder");
        statements.ShouldBeLessThanOrEqualTo(1);
    }

    [Fact]
    public async Task The_unread_count_is_one_count()
    {
        var leader = await factory.ClientForAsync("leder");
        var (body, statements) = await WarmReadAsync(leader, "/api/notifications/unread-count");
        body.GetProperty("count").GetInt32().ShouldBeGreaterThanOrEqualTo(0);
        statements.ShouldBe(1);
    }

    /// <summary>The body and statement count of a read once what it caches across requests is cached.</summary>
    private async Task<(JsonElement Body, int Statements)> WarmReadAsync(HttpClient client, string path)
    {
        await factory.SettleCachesAsync();
        (await client.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var response = await client.GetAsync(path);
        var body = await response.Expect();
        return (body, int.Parse(response.Headers.GetValues(Header).Single(), CultureInfo.InvariantCulture));
    }
}
