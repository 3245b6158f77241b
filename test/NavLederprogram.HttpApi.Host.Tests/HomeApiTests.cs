using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>
/// The home page's one request, per role. A host of its own, because a programme draft is created here and only one
/// draft may exist at a time.
/// </summary>
public class HomeApiTests(HomeApiTests.Host host) : IClassFixture<HomeApiTests.Host>
{
    public sealed class Host : IAsyncLifetime
    {
        public NavLederprogramFactory Factory { get; } = new();

        public ValueTask InitializeAsync() => ValueTask.CompletedTask;

        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }

    private NavLederprogramFactory Factory => host.Factory;

    private async Task<JsonElement> HomeAsync(string user, string culture = "nb") =>
        await (await Factory.ClientForAsync(user, culture)).GetAsync("/api/home").Expect();

    private static bool Has(JsonElement home, string part) => home.GetProperty(part).ValueKind == JsonValueKind.Object;

    private static string[] PartsOf(JsonElement home) =>
        new[] { "programme", "competence", "gaps", "facilitation", "enrolments", "approvals", "cohorts", "system" }.Where(p => Has(home, p)).ToArray();

    [Fact]
    public async Task Anonymous_callers_get_no_home()
    {
        (await Factory.CreateClient().GetAsync("/api/home")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_leader_sees_their_cohort_with_progress_gatherings_and_deadlines_their_competence_and_their_offices_gaps()
    {
        var home = await HomeAsync("leder");
        home.GetProperty("hasPersonProfile").GetBoolean().ShouldBeTrue();
        PartsOf(home).ShouldBe(["programme", "competence", "gaps"], ignoreOrder: true);

        var mine = await (await Factory.ClientForAsync("leder")).GetAsync("/api/my-programme").Expect();
        var running = mine.GetProperty("cohorts").EnumerateArray().First(c => c.GetProperty("cohortStatus").GetString() == "Running");
        var cohort = home.GetProperty("programme").GetProperty("cohorts").EnumerateArray()
            .Single(c => c.GetProperty("cohortId").GetGuid() == running.GetProperty("cohortId").GetGuid());
        cohort.GetProperty("cohortStatusName").GetString().ShouldBe("Pågår");
        cohort.GetProperty("modulesCompleted").GetInt32().ShouldBe(running.GetProperty("modulesCompleted").GetInt32());
        cohort.GetProperty("moduleCount").GetInt32().ShouldBe(running.GetProperty("modules").GetArrayLength());
        cohort.GetProperty("nextSession").ToString().ShouldBe(running.GetProperty("nextSession").ToString());
        cohort.GetProperty("upcomingDeadlines").GetArrayLength().ShouldBeGreaterThan(0);

        var profile = await (await Factory.ClientForAsync("leder")).GetAsync("/api/competence/my-profile").Expect();
        var competence = home.GetProperty("competence");
        competence.GetProperty("summary").ToString().ShouldBe(profile.GetProperty("summary").ToString());
        competence.GetProperty("next").GetArrayLength().ShouldBe(Math.Min(3, profile.GetProperty("next").GetArrayLength()));

        // An office leader's gaps are their own office's.
        home.GetProperty("gaps").GetProperty("scopeName").GetString().ShouldBe("NAV Værnes");
    }

    [Fact]
    public async Task A_facilitator_sees_their_cohorts_with_the_submissions_waiting_for_assessment()
    {
        var client = await Factory.ClientForAsync("fasilitator");
        var home = await HomeAsync("fasilitator");
        PartsOf(home).ShouldContain("facilitation");
        PartsOf(home).ShouldNotContain("approvals");
        PartsOf(home).ShouldNotContain("system");

        var facilitation = home.GetProperty("facilitation");
        var cohorts = facilitation.GetProperty("cohorts").EnumerateArray().ToList();
        // The demo facilitator runs the cohort that is under way.
        cohorts.ShouldNotBeEmpty();
        var total = 0;
        foreach (var cohort in cohorts)
        {
            var detail = await client.GetAsync($"/api/cohorts/{cohort.GetProperty("cohortId").GetGuid()}").Expect();
            cohort.GetProperty("name").GetString().ShouldBe(detail.GetProperty("name").GetString());
            var assessments = await client.GetAsync($"/api/cohorts/{cohort.GetProperty("cohortId").GetGuid()}/assessments").Expect();
            var waiting = assessments.EnumerateArray().Count(a => a.GetProperty("status").GetString() == "Submitted");
            cohort.GetProperty("awaitingAssessment").GetInt32().ShouldBe(waiting);
            total += waiting;
        }
        facilitation.GetProperty("awaitingAssessment").GetInt32().ShouldBe(total);
    }

    [Fact]
    public async Task A_regional_coordinator_sees_enrolment_in_their_region_gaps_and_evidence_to_approve_but_no_programme_drafts()
    {
        var home = await HomeAsync("regionkoordinator");
        PartsOf(home).ShouldBe(["enrolments", "gaps", "approvals"], ignoreOrder: true);
        var names = home.GetProperty("enrolments").GetProperty("cohorts").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        names.ShouldContain(n => n!.StartsWith("Kull Trøndelag", StringComparison.Ordinal));
        home.GetProperty("gaps").GetProperty("scopeName").GetString().ShouldNotBe("Hele landet");

        var approvals = home.GetProperty("approvals");
        approvals.GetProperty("drafts").GetArrayLength().ShouldBe(0);
        var pending = await (await Factory.ClientForAsync("regionkoordinator")).GetAsync("/api/competence/evidence/pending?maxResultCount=1").Expect();
        approvals.GetProperty("evidenceAwaiting").GetInt32().ShouldBe(pending.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_municipal_coordinator_sees_the_same_kinds_of_work_within_their_municipality()
    {
        var home = await HomeAsync("kommunekoordinator");
        PartsOf(home).ShouldBe(["enrolments", "gaps", "approvals"], ignoreOrder: true);
        var client = await Factory.ClientForAsync("kommunekoordinator");
        var visible = (await client.GetAsync("/api/cohorts?maxResultCount=1000").Expect()).GetProperty("items").EnumerateArray()
            .Select(c => c.GetProperty("id").GetGuid()).ToHashSet();
        home.GetProperty("enrolments").GetProperty("cohorts").EnumerateArray().ShouldAllBe(c => visible.Contains(c.GetProperty("cohortId").GetGuid()));
        var pending = await client.GetAsync("/api/competence/evidence/pending?maxResultCount=1").Expect();
        home.GetProperty("approvals").GetProperty("evidenceAwaiting").GetInt32().ShouldBe(pending.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Programme_owners_see_the_draft_awaiting_their_own_partys_approval_and_the_state_of_the_cohorts()
    {
        var ks = await Factory.ClientForAsync("ksadmin");
        var versions = await ks.GetAsync("/api/programme/versions").Expect();
        var published = versions.EnumerateArray().First(v => v.GetProperty("status").GetString() == "Published").GetProperty("id").GetGuid();
        var draft = await ks.PostAsJsonAsync("/api/programme/versions", new { copyFromVersionId = published, name = new { nb = "Utkast til godkjenning" } })
            .Expect(HttpStatusCode.Created);
        var draftId = draft.GetProperty("id").GetGuid();

        var ksHome = await HomeAsync("ksadmin");
        PartsOf(ksHome).ShouldBe(["approvals", "cohorts"], ignoreOrder: true);
        var ksDraft = ksHome.GetProperty("approvals").GetProperty("drafts").EnumerateArray().Single(d => d.GetProperty("id").GetGuid() == draftId);
        ksDraft.GetProperty("awaitsMe").GetBoolean().ShouldBeTrue();
        ksHome.GetProperty("approvals").GetProperty("partyName").GetString().ShouldBe("KS");

        // Once KS has approved, the draft no longer waits for KS, but still for the directorate.
        await ks.PostAsJsonAsync($"/api/programme/versions/{draftId}/approve", new { concurrencyStamp = draft.GetProperty("concurrencyStamp").GetString() }).Expect();
        (await HomeAsync("ksadmin")).GetProperty("approvals").GetProperty("drafts").EnumerateArray()
            .Single(d => d.GetProperty("id").GetGuid() == draftId).GetProperty("awaitsMe").GetBoolean().ShouldBeFalse();
        var dirHome = await HomeAsync("diradmin", "en");
        dirHome.GetProperty("approvals").GetProperty("partyName").GetString().ShouldBe("Directorate of Labour and Welfare");
        dirHome.GetProperty("approvals").GetProperty("drafts").EnumerateArray()
            .Single(d => d.GetProperty("id").GetGuid() == draftId).GetProperty("awaitsMe").GetBoolean().ShouldBeTrue();

        var cohortTotal = (await ks.GetAsync("/api/cohorts?maxResultCount=1").Expect()).GetProperty("totalCount").GetInt32();
        var byStatus = ksHome.GetProperty("cohorts").GetProperty("byStatus").EnumerateArray().ToList();
        byStatus.Sum(s => s.GetProperty("count").GetInt32()).ShouldBe(cohortTotal);
        byStatus.Single(s => s.GetProperty("status").GetString() == "Running").GetProperty("statusName").GetString().ShouldBe("Pågår");
    }

    [Fact]
    public async Task The_system_admin_sees_the_organisation_and_the_jobs()
    {
        var home = await HomeAsync("sysadmin");
        PartsOf(home).ShouldBe(["system"]);
        var client = await Factory.ClientForAsync("sysadmin");
        var system = home.GetProperty("system");
        system.GetProperty("regions").GetInt32().ShouldBe((await client.GetAsync("/api/organisation/regions?maxResultCount=1").Expect()).GetProperty("totalCount").GetInt32());
        system.GetProperty("offices").GetInt32().ShouldBe((await client.GetAsync("/api/organisation/offices?maxResultCount=1").Expect()).GetProperty("totalCount").GetInt32());
        system.GetProperty("people").GetInt32().ShouldBe((await client.GetAsync("/api/organisation/people?maxResultCount=1").Expect()).GetProperty("totalCount").GetInt32());
        system.GetProperty("offices").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_peer_supervisor_sees_their_own_competence_or_why_they_have_none()
    {
        var home = await HomeAsync("kollegaveileder");
        var hasPerson = home.GetProperty("hasPersonProfile").GetBoolean();
        PartsOf(home).ShouldBe(hasPerson ? ["competence"] : []);
        var mine = await (await Factory.ClientForAsync("kollegaveileder")).GetAsync("/api/competence/my-profile");
        mine.StatusCode.ShouldBe(hasPerson ? HttpStatusCode.OK : HttpStatusCode.Conflict);
    }
}
