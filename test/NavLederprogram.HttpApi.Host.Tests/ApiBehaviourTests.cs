using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

[Collection(HostCollection.Name)]
public class ApiBehaviourTests(NavLederprogramFactory factory)
{
    private const string Header = "employeeNumber;firstName;lastName;email;employer;officeName;jobRoleCode;jobRoleStartDate";

    private static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private async Task<JsonElement> OfficeAsync(HttpClient client, string name) =>
        (await Json(await client.GetAsync($"/api/organisation/offices?filter={Uri.EscapeDataString(name)}"))).GetProperty("items")[0];

    [Fact]
    public async Task Validation_errors_are_localized_problem_details_with_field_errors()
    {
        var client = await factory.ClientForAsync("ksadmin", "nn");
        var response = await client.PostAsJsonAsync("/api/organisation/offices", new { name = "", size = 0 });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await Json(response);
        problem.GetProperty("code").GetString().ShouldBe(NavLederprogramErrorCodes.ValidationFailed);
        problem.GetProperty("errors").GetProperty("name")[0].GetString().ShouldBe("Må fyllast ut.");
        problem.GetProperty("errors").GetProperty("size")[0].GetString().ShouldBe("Må vere mellom 1 og 5000.");
        problem.GetProperty("errors").TryGetProperty("municipalityIds", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_not_a_500()
    {
        var client = await factory.ClientForAsync("ksadmin", "en");
        var response = await client.PostAsync("/api/organisation/offices", new StringContent("{\"leadershipModel\": \"Triple\", \"size\": \"many\"", Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(response)).GetProperty("detail").GetString().ShouldBe("The request could not be read.");
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("   at ");
    }

    [Fact]
    public async Task An_unreadable_value_is_reported_on_its_field()
    {
        var client = await factory.ClientForAsync("ksadmin", "nn");
        var response = await client.PostAsync("/api/organisation/offices", new StringContent("{\"name\": \"NAV Test\", \"regionId\": \"\"}", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await Json(response);
        problem.GetProperty("errors").GetProperty("regionId")[0].GetString().ShouldBe("Har feil format.");
    }

    [Fact]
    public async Task Unknown_ids_are_404_problems()
    {
        var client = await factory.ClientForAsync("ksadmin", "en");
        var response = await client.GetAsync($"/api/organisation/offices/{Guid.NewGuid()}");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Json(response)).GetProperty("code").GetString().ShouldBe(NavLederprogramErrorCodes.EntityNotFound);
    }

    [Fact]
    public async Task Create_then_edit_an_office_and_a_stale_edit_gets_409_and_changes_nothing()
    {
        var client = await factory.ClientForAsync("ksadmin", "nb");
        var alta = await OfficeAsync(client, "NAV Alta");
        var created = await client.PostAsJsonAsync("/api/organisation/offices", new
        {
            name = "NAV Karasjok test",
            regionId = alta.GetProperty("regionId").GetGuid(),
            leadershipModel = "DualLeader",
            size = 7,
            municipalityIds = alta.GetProperty("municipalityIds"),
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var office = await Json(created);
        office.GetProperty("leadershipModel").GetString().ShouldBe("DualLeader");
        var id = office.GetProperty("id").GetGuid();
        var stamp = office.GetProperty("concurrencyStamp").GetString();

        object Edit(string name) => new
        {
            name,
            regionId = office.GetProperty("regionId").GetGuid(),
            leadershipModel = "SingleLeader",
            size = 8,
            municipalityIds = office.GetProperty("municipalityIds"),
            concurrencyStamp = stamp,
        };
        (await client.PutAsJsonAsync($"/api/organisation/offices/{id}", Edit("NAV Karasjok"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await client.PutAsJsonAsync($"/api/organisation/offices/{id}", Edit("NAV Karasjok (gammel)"));

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(stale)).GetProperty("code").GetString().ShouldBe(NavLederprogramErrorCodes.ConcurrencyConflict);
        (await Json(await client.GetAsync($"/api/organisation/offices/{id}"))).GetProperty("name").GetString().ShouldBe("NAV Karasjok");
    }

    [Fact]
    public async Task A_regional_coordinator_sees_only_the_region_and_cannot_reach_other_offices()
    {
        var admin = await factory.ClientForAsync("ksadmin");
        var frogner = await OfficeAsync(admin, "NAV Frogner");
        var coordinator = await factory.ClientForAsync("regionkoordinator");

        var offices = await Json(await coordinator.GetAsync("/api/organisation/offices?maxResultCount=100"));
        offices.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("regionName").GetString()).Distinct().ShouldBe(["Trøndelag"]);
        (await coordinator.GetAsync($"/api/organisation/offices/{frogner.GetProperty("id")}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var people = await Json(await coordinator.GetAsync($"/api/organisation/people?officeId={frogner.GetProperty("id")}"));
        people.GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task The_current_user_endpoint_tells_roles_permissions_and_scope()
    {
        var me = await Json(await (await factory.ClientForAsync("regionkoordinator")).GetAsync("/api/identity/me"));
        me.GetProperty("roles")[0].GetString().ShouldBe("RegionalCoordinator");
        me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ShouldContain("NavLederprogram.People.Import");
        me.GetProperty("scope").GetProperty("name").GetString().ShouldBe("Trøndelag");
        me.GetProperty("scope").GetProperty("kind").GetString().ShouldBe("Region");
    }

    [Fact]
    public async Task The_hr_client_previews_and_commits_an_import_over_the_api()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await factory.AccessTokenForAsync(NavLederprogramFactory.HrClientId));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        MultipartFormDataContent File(string csv) => new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "hr.csv" } };
        var good = $"{Header}\nHR-API-1;Siri;Sæther;siri.saether@nav.no;State;NAV Bodø;Advisor;2025-08-01\n";

        var bad = await Json(await client.PostAsync("/api/organisation/hr-import/preview", File(good + "HR-API-2;;X;x;State;NAV Bodø;Advisor;2025-08-01\n")));
        bad.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("line").GetInt32()).Distinct().ShouldBe([3]);
        var refused = await client.PostAsync("/api/organisation/hr-import/commit", File(good + "HR-API-2;;X;x;State;NAV Bodø;Advisor;2025-08-01\n"));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(refused)).GetProperty("code").GetString().ShouldBe(NavLederprogramErrorCodes.HrImportHasErrors);

        var committed = await factory.FinishedImportAsync(client, await client.PostAsync("/api/organisation/hr-import/commit", File(good)));
        committed.GetProperty("committed").GetBoolean().ShouldBeTrue();
        committed.GetProperty("toCreate").GetInt32().ShouldBe(1);
        var again = await factory.FinishedImportAsync(client, await client.PostAsync("/api/organisation/hr-import/commit", File(good)));
        again.GetProperty("toCreate").GetInt32().ShouldBe(0);

        var admin = await factory.ClientForAsync("ksadmin");
        (await Json(await admin.GetAsync("/api/organisation/people?filter=HR-API-1"))).GetProperty("totalCount").GetInt32().ShouldBe(1);
        // The HR client is for imports only.
        (await client.GetAsync("/api/organisation/people")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_oversized_upload_gets_a_clear_error_and_writes_nothing()
    {
        var client = await factory.ClientForAsync("ksadmin", "en");
        var huge = new byte[6 * 1024 * 1024];
        Array.Fill(huge, (byte)'x');
        var response = await client.PostAsync("/api/organisation/hr-import/commit", new MultipartFormDataContent { { new ByteArrayContent(huge), "file", "hr.csv" } });
        ((int)response.StatusCode).ShouldBeOneOf(400, 413);
        (await Json(response)).GetProperty("detail").GetString()!.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task The_jobs_page_lists_the_recurring_housekeeping_job_with_its_next_run()
    {
        var jobs = await Json(await (await factory.ClientForAsync("sysadmin")).GetAsync("/api/admin/jobs"));
        var housekeeping = jobs.EnumerateArray().Single(j => j.GetProperty("name").GetString() == "housekeeping");
        var trigger = housekeeping.GetProperty("triggers")[0];
        trigger.GetProperty("cronExpression").GetString().ShouldBe("0 15 3 * * ?");
        trigger.GetProperty("nextFireTime").GetDateTime().ShouldBeGreaterThan(DateTime.UtcNow);
    }

    [Fact]
    public async Task A_job_run_by_hand_shows_its_outcome_in_the_viewers_language()
    {
        var scheduler = await factory.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(new Quartz.JobKey("housekeeping", "system"));
        var client = await factory.ClientForAsync("sysadmin", "nn");

        JsonElement housekeeping = default;
        for (var i = 0; i < 100; i++)
        {
            housekeeping = (await Json(await client.GetAsync("/api/admin/jobs"))).EnumerateArray().Single(j => j.GetProperty("name").GetString() == "housekeeping");
            // The outcome is recorded a moment before the store releases the trigger of a job that disallows concurrent runs.
            if (housekeeping.GetProperty("lastOutcome").ValueKind == JsonValueKind.Object
                && housekeeping.GetProperty("triggers")[0].GetProperty("state").GetString() == "Aktiv") break;
            await Task.Delay(100);
        }

        housekeeping.GetProperty("description").GetString().ShouldBe("Ryddar bort utgåtte token og gammal jobbhistorikk");
        housekeeping.GetProperty("triggers")[0].GetProperty("state").GetString().ShouldBe("Aktiv");
        var outcome = housekeeping.GetProperty("lastOutcome");
        outcome.GetProperty("succeeded").GetBoolean().ShouldBeTrue();
        outcome.GetProperty("message").GetString()!.ShouldStartWith("Fjerna ");
    }

    [Fact]
    public async Task Health_localization_and_openapi_are_anonymous()
    {
        var client = factory.CreateClient();
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var texts = await Json(await client.GetAsync("/api/localization/nn-NO"));
        texts.GetProperty("culture").GetString().ShouldBe("nn");
        texts.GetProperty("texts").GetProperty("Login:UserName").GetString().ShouldBe("Brukarnamn");
        var openApi = await Json(await client.GetAsync("/openapi/v1.json"));
        openApi.GetProperty("paths").TryGetProperty("/api/organisation/offices", out _).ShouldBeTrue();
    }
}
