using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Audit;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.Identity;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>The audit log through the real host: what is recorded, who may read it, and that nothing can change it unseen.</summary>
[Collection(HostCollection.Name)]
public class AuditApiTests(NavLederprogramFactory factory)
{
    [Fact]
    public async Task An_admins_change_through_the_api_is_in_the_log_with_the_values_before_and_after()
    {
        var admin = await factory.ClientForAsync("sysadmin", "en");
        var office = (await admin.GetAsync("/api/organisation/offices?filter=NAV%20Steinkjer").Expect()).GetProperty("items")[0];
        var id = office.GetProperty("id").GetGuid();
        var detail = await admin.GetAsync($"/api/organisation/offices/{id}").Expect();
        var size = detail.GetProperty("size").GetInt32() + 7;
        await admin.PutAsJsonAsync($"/api/organisation/offices/{id}", new
        {
            name = detail.GetProperty("name").GetString(),
            regionId = detail.GetProperty("regionId").GetGuid(),
            leadershipModel = detail.GetProperty("leadershipModel").GetString(),
            size,
            municipalityIds = detail.GetProperty("municipalityIds").EnumerateArray().Select(m => m.GetGuid()).ToList(),
            concurrencyStamp = detail.GetProperty("concurrencyStamp").GetString(),
        }).Expect();

        var entries = await admin.GetAsync("/api/audit/entries?action=Office.Updated&actor=Systemsen&kind=Change").Expect();
        var entry = entries.GetProperty("items").EnumerateArray().First(e => e.GetProperty("target").GetString() == $"Office:{id}");
        entry.GetProperty("actorName").GetString().ShouldBe("Sigrun Systemsen");
        entry.GetProperty("kind").GetString().ShouldBe("Change");
        var values = await admin.GetAsync($"/api/audit/entries/{entry.GetProperty("sequence").GetInt64()}").Expect();
        JsonDocument.Parse(values.GetProperty("before").GetString()!).RootElement.GetProperty("Size").GetInt32().ShouldBe(size - 7);
        JsonDocument.Parse(values.GetProperty("after").GetString()!).RootElement.GetProperty("Size").GetInt32().ShouldBe(size);
        values.GetProperty("valuesErased").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task The_same_save_is_recorded_for_an_admin_and_not_for_a_leader()
    {
        var body = new { items = new[] { new { kind = "Reminder", email = false } } };
        (await (await factory.ClientForAsync("leder")).PutAsJsonAsync("/api/notifications/preferences", body)).EnsureSuccessStatusCode();
        (await (await factory.ClientForAsync("sysadmin")).PutAsJsonAsync("/api/notifications/preferences", body)).EnsureSuccessStatusCode();

        var leader = await UserIdAsync("leder");
        var admin = await UserIdAsync("sysadmin");
        var actions = await InDbAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(e => e.Action.StartsWith("NotificationPreference."))
            .Select(e => e.ActorUserId).ToListAsync());
        actions.ShouldContain(admin);
        actions.ShouldNotContain(leader);
    }

    [Fact]
    public async Task Reading_another_persons_data_is_recorded_and_reading_ones_own_is_not()
    {
        var leaderPerson = await PersonIdAsync("leder");
        var before = await ReadsOfAsync(leaderPerson);

        (await (await factory.ClientForAsync("leder")).GetAsync($"/api/competence/people/{leaderPerson}/profile")).EnsureSuccessStatusCode();
        (await ReadsOfAsync(leaderPerson)).Count.ShouldBe(before.Count, "a leader reading their own profile is not a read of another's data");

        (await (await factory.ClientForAsync("sysadmin")).GetAsync($"/api/competence/people/{leaderPerson}/profile")).EnsureSuccessStatusCode();
        (await (await factory.ClientForAsync("regionkoordinator")).GetAsync($"/api/organisation/people/{leaderPerson}")).EnsureSuccessStatusCode();
        // A read that is refused showed nothing and is not recorded.
        (await (await factory.ClientForAsync("leder2")).GetAsync($"/api/organisation/people/{leaderPerson}")).IsSuccessStatusCode.ShouldBeFalse();

        // Recorded once each answer has gone out.
        var reads = await ReadsOfAsync(leaderPerson);
        for (var i = 0; i < 100 && reads.Count < before.Count + 2; i++)
        {
            await Task.Delay(50);
            reads = await ReadsOfAsync(leaderPerson);
        }
        reads.Count.ShouldBe(before.Count + 2);
        reads.Select(e => e.ActorUserId).TakeLast(2).ShouldBe([await UserIdAsync("sysadmin"), await UserIdAsync("regionkoordinator")]);
        reads.Select(e => e.Action).TakeLast(2).ShouldBe(["PersonalData.Read.GetPersonCompetenceProfile", "PersonalData.Read.GetPerson"]);
        reads.ShouldAllBe(e => e.Kind == AuditKind.PersonalDataRead && e.Target == $"Person:{leaderPerson}");
    }

    [Fact]
    public async Task Only_system_admins_read_the_log_and_no_endpoint_changes_or_removes_an_entry()
    {
        foreach (var user in new[] { "ksadmin", "diradmin", "regionkoordinator", "leder" })
        {
            var client = await factory.ClientForAsync(user);
            (await client.GetAsync("/api/audit/entries")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, user);
            (await client.GetAsync("/api/audit/entries/export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, user);
            (await client.GetAsync("/api/audit/chain")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, user);
        }
        (await factory.CreateClient().GetAsync("/api/audit/entries")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await factory.ClientForAsync("sysadmin")).GetAsync("/api/audit/chain")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var audit = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/audit", StringComparison.OrdinalIgnoreCase) == true).ToList();
        audit.Count.ShouldBe(4);
        audit.SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Distinct().ShouldBe(["GET"]);
        var sysadmin = await factory.ClientForAsync("sysadmin");
        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Patch, HttpMethod.Delete, HttpMethod.Post })
            ((int)(await sysadmin.SendAsync(new HttpRequestMessage(method, "/api/audit/entries/1"))).StatusCode).ShouldBeOneOf(404, 405);
    }

    [Fact]
    public async Task Bad_filters_are_refused_with_a_clear_problem_and_an_unknown_entry_is_not_found()
    {
        var admin = await factory.ClientForAsync("sysadmin", "en");
        foreach (var query in new[] { "kind=Nonsense", "kind=99", "from=2026-05-02&to=2026-05-01", "maxResultCount=1000", "skipCount=-1", "from=tomorrow" })
        {
            var response = await admin.GetAsync($"/api/audit/entries?{query}");
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, query);
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", query);
        }
        (await admin.GetAsync("/api/audit/entries/987654321")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_export_follows_the_filters_writes_no_formula_and_is_itself_recorded()
    {
        var person = await PersonIdAsync("leder");
        await InScopeAsync(sp => sp.GetRequiredService<IAuditTrail>().RecordAsync(new AuditRecord(AuditKind.PersonalDataRead, "Export.Test",
            SubjectPersonId: person, Target: "=HYPERLINK(\"http://x\",\"y\")", Detail: "+SUM(A1)")));
        var admin = await factory.ClientForAsync("sysadmin", "en");

        var response = await admin.GetAsync("/api/audit/entries/export?action=Export.Test");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        using var reader = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" });
        var rows = new List<string[]>();
        while (await reader.ReadAsync()) rows.Add(reader.Parser.Record!);
        rows.Count.ShouldBe(2, "the heading and the one entry the filter selects");
        rows[1].ShouldContain("'=HYPERLINK(\"http://x\",\"y\")");
        rows[1].ShouldContain("'+SUM(A1)", "the detail, opened with the subject's key, is text too");
        rows[1].ShouldContain("Read of personal data");
        rows.SelectMany(r => r).ShouldNotContain(c => c.Length > 0 && "=+-@\t\r".Contains(c[0]));

        var exported = (await admin.GetAsync("/api/audit/entries?action=AuditLog.Exported").Expect()).GetProperty("items")[0];
        exported.GetProperty("actorName").GetString().ShouldBe("Sigrun Systemsen");
        exported.GetProperty("kind").GetString().ShouldBe("PersonalDataRead");
    }

    private async Task<List<AuditEntry>> ReadsOfAsync(Guid personId) => await InDbAsync(db => db.Set<AuditEntry>().AsNoTracking()
        .Where(e => e.Kind == AuditKind.PersonalDataRead && e.SubjectPersonId == personId && e.Action.StartsWith("PersonalData.Read."))
        .OrderBy(e => e.Sequence).ToListAsync());

    private Task<Guid> UserIdAsync(string userName) =>
        InDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private async Task<Guid> PersonIdAsync(string userName)
    {
        var user = await UserIdAsync(userName);
        return await InDbAsync(db => db.People.Where(p => p.UserId == user).Select(p => p.Id).SingleAsync());
    }

    private async Task<T> InDbAsync<T>(Func<NavLederprogramDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>());
    }

    private async Task InScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }
}
