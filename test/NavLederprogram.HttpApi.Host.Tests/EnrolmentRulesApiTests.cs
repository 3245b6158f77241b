using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>Who may take a place in a cohort, and what the nomination search shows about each candidate.</summary>
[Collection(HostCollection.Name)]
public class EnrolmentRulesApiTests(NavLederprogramFactory factory)
{
    private static string Day(int offset) => OsloTime.Today(TimeProvider.System).AddDays(offset).ToString("yyyy-MM-dd");

    /// <summary>A national cohort whose enrolment opens today; its own milestone opens it.</summary>
    private static async Task<(Guid Id, string Name)> OpenCohortAsync(HttpClient ks)
    {
        var versionId = (await ks.GetAsync("/api/programme/versions").Expect()).EnumerateArray()
            .First(v => v.GetProperty("status").GetString() == "Published").GetProperty("id").GetGuid();
        var name = $"Kull {Guid.NewGuid().ToString("N")[..8]}";
        var created = await ks.PostAsJsonAsync("/api/cohorts", new
        {
            programmeVersionId = versionId,
            name,
            regionId = (Guid?)null,
            capacity = 10,
            requiresApproval = false,
            enrolmentOpensOn = Day(0),
            enrolmentClosesOn = Day(10),
            startsOn = Day(20),
            endsOn = Day(120),
        }).Expect(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        for (var i = 0; i < 150 && (await ks.GetAsync($"/api/cohorts/{id}").Expect()).GetProperty("status").GetString() != "EnrolmentOpen"; i++)
            await Task.Delay(200);
        return (id, name);
    }

    private static async Task<JsonElement> CandidatesAsync(HttpClient client, Guid cohortId, string lastName) =>
        (await client.GetAsync($"/api/cohorts/{cohortId}/nominees?filter={lastName}&maxResultCount=50").Expect()).GetProperty("items");

    [Fact]
    public async Task A_leader_with_a_place_in_one_cohort_can_neither_apply_to_nor_be_nominated_into_another_until_they_withdraw()
    {
        var ks = await factory.ClientForAsync("ksadmin", "en");
        var made = (await TestPeople.CreateAsync(factory, "NAV Værnes", "TeamLeader", withUsers: true))[0];
        var leader = await factory.ClientForAsync(made.UserName!, "en");
        var first = await OpenCohortAsync(ks);
        var second = await OpenCohortAsync(ks);

        var enrolment = await leader.PostAsync($"/api/cohorts/{first.Id}/apply", null).Expect();
        enrolment.GetProperty("status").GetString().ShouldBe("Enrolled");

        var applied = await leader.PostAsync($"/api/cohorts/{second.Id}/apply", null).Expect(HttpStatusCode.Conflict);
        applied.GetProperty("code").GetString().ShouldBe("Error:Programmes.AlreadyInProgramme");
        applied.GetProperty("detail").GetString()!.ShouldStartWith($"The person already has a place in {first.Name}");
        (await ks.PostAsJsonAsync($"/api/cohorts/{second.Id}/nominations", new { personId = made.PersonId }).Expect(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("Error:Programmes.AlreadyInProgramme");
        (await ks.GetAsync($"/api/cohorts/{second.Id}/enrolments").Expect()).GetArrayLength().ShouldBe(0);

        var candidate = (await CandidatesAsync(ks, second.Id, made.LastName)).EnumerateArray().Single();
        candidate.GetProperty("standing").GetString().ShouldBe("Enrolled");
        candidate.GetProperty("standingCohortName").GetString().ShouldBe(first.Name);
        candidate.GetProperty("canNominate").GetBoolean().ShouldBeFalse();
        candidate.GetProperty("reason").GetString()!.ShouldContain(first.Name);

        await leader.PostAsJsonAsync($"/api/enrolments/{enrolment.GetProperty("id").GetGuid()}/withdraw", new { reason = "Passer bedre senere" }).Expect();
        (await leader.PostAsync($"/api/cohorts/{second.Id}/apply", null).Expect()).GetProperty("status").GetString().ShouldBe("Enrolled");
    }

    [Fact]
    public async Task Someone_who_completed_the_programme_or_holds_no_leader_role_is_refused_and_the_search_says_why()
    {
        var ks = await factory.ClientForAsync("ksadmin", "nb");
        var cohort = await OpenCohortAsync(ks);

        var graduate = (await TestPeople.CreateAsync(factory, "NAV Malvik", "OfficeLeader", withUsers: true))[0];
        var completed = await ProgrammeTestData.CertificateAsync(factory, graduate.UserName!);
        var refused = await ks.PostAsJsonAsync($"/api/cohorts/{cohort.Id}/nominations", new { personId = graduate.PersonId }).Expect(HttpStatusCode.Conflict);
        refused.GetProperty("code").GetString().ShouldBe("Error:Programmes.ProgrammeCompleted");
        (await (await factory.ClientForAsync(graduate.UserName!)).PostAsync($"/api/cohorts/{cohort.Id}/apply", null).Expect(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("Error:Programmes.ProgrammeCompleted");

        var advisor = (await TestPeople.CreateAsync(factory, "NAV Malvik", "Advisor"))[0];
        (await ks.PostAsJsonAsync($"/api/cohorts/{cohort.Id}/nominations", new { personId = advisor.PersonId }).Expect(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("Error:Programmes.NotALeader");
        (await ks.GetAsync($"/api/cohorts/{cohort.Id}/enrolments").Expect()).GetArrayLength().ShouldBe(0);

        // The search lists leaders only, with their role, office and standing; a graduate is shown but cannot be chosen.
        (await CandidatesAsync(ks, cohort.Id, advisor.LastName)).GetArrayLength().ShouldBe(0);
        var shown = (await CandidatesAsync(ks, cohort.Id, graduate.LastName)).EnumerateArray().Single();
        shown.GetProperty("jobRoleName").GetString().ShouldBe("NAV-leder");
        shown.GetProperty("officeName").GetString().ShouldBe("NAV Malvik");
        shown.GetProperty("standing").GetString().ShouldBe("Completed");
        shown.GetProperty("standingName").GetString().ShouldBe("Har fullført programmet");
        shown.GetProperty("standingCohortName").GetString().ShouldBe(completed.Certificate.CohortName);
        shown.GetProperty("canNominate").GetBoolean().ShouldBeFalse();
        shown.GetProperty("reason").GetString().ShouldBe($"Personen har allerede fullført programmet ({completed.Certificate.CohortName}) og kan ikke melde seg på igjen.");

        var newcomer = (await TestPeople.CreateAsync(factory, "NAV Malvik", "DepartmentLeader"))[0];
        var fresh = (await CandidatesAsync(ks, cohort.Id, newcomer.LastName)).EnumerateArray().Single();
        fresh.GetProperty("standing").GetString().ShouldBe("NotEnrolled");
        fresh.GetProperty("canNominate").GetBoolean().ShouldBeTrue();
        fresh.GetProperty("reason").ValueKind.ShouldBe(JsonValueKind.Null);
        (await ks.PostAsJsonAsync($"/api/cohorts/{cohort.Id}/nominations", new { personId = newcomer.PersonId }).Expect())
            .GetProperty("status").GetString().ShouldBe("Enrolled");
    }
}
