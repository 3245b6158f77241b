using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.Development;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.Privacy;
using NavLederprogram.Programmes;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>
/// Development plans of new leaders in the demo national cohort under way, facilitated by the demo facilitator: who reads
/// what, what is stored, indicator values by hand and by import.
/// </summary>
[Collection(HostCollection.Name)]
public class DevelopmentApiTests(NavLederprogramFactory factory)
{
    private const string SessionNote = "Vi snakket om sykefraværet på mottaket og hvordan hun kan ta opp saken med teamlederen.";
    private const string PrivateText = "Jeg er usikker på om jeg strekker til i budsjettarbeidet.";

    [Fact]
    public async Task Session_notes_are_read_by_the_leader_and_the_coach_only_and_stored_as_ciphertext()
    {
        var (leaderName, _) = (await LeadersAsync(1))[0];
        var leader = await factory.ClientForAsync(leaderName);
        var coach = await factory.ClientForAsync("fasilitator");
        var plan = await CreatePlanAsync(leader);
        plan.GetProperty("coachName").GetString().ShouldNotBeNullOrEmpty();
        var planId = plan.GetProperty("id").GetGuid();

        var session = await coach.PostAsJsonAsync($"/api/development/plans/{planId}/sessions",
            new { startsAt = DateTime.UtcNow.AddDays(3), durationMinutes = 60, videoLink = "https://meet.example.no/coaching" }).Expect();
        var sessionId = session.GetProperty("id").GetGuid();
        (await coach.PutAsJsonAsync($"/api/development/sessions/{sessionId}/notes", new { text = SessionNote }).Expect())
            .GetProperty("notes").GetString().ShouldBe(SessionNote);

        (await leader.GetAsync($"/api/development/sessions/{sessionId}").Expect()).GetProperty("notes").GetString().ShouldBe(SessionNote);
        (await leader.GetAsync($"/api/development/plans/{planId}").Expect()).GetProperty("sessions")[0].GetProperty("notes").GetString().ShouldBe(SessionNote);
        (await coach.GetAsync($"/api/development/sessions/{sessionId}").Expect()).GetProperty("notes").GetString().ShouldBe(SessionNote);

        // The column holds ciphertext under the leader's key.
        var stored = await StoredAsync("""SELECT "ProtectedNotes" AS "Value" FROM "DevCoachingSessions" WHERE "ProtectedNotes" IS NOT NULL""");
        stored.ShouldNotContain(t => t.Contains("sykefraværet"));
        stored.ShouldContain(t => ProtectedText.IsProtected(t));

        foreach (var admin in new[] { "ksadmin", "diradmin", "sysadmin" })
        {
            var client = await factory.ClientForAsync(admin);
            (await client.GetAsync($"/api/development/sessions/{sessionId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.PutAsJsonAsync($"/api/development/sessions/{sessionId}/notes", new { text = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            // An admin reads goals and results, never a note: the plan comes without sessions, notes or feedback.
            var seen = await client.GetAsync($"/api/development/plans/{planId}").Expect();
            seen.GetProperty("sessions").GetArrayLength().ShouldBe(0);
            seen.GetRawText().ShouldNotContain("sykefraværet");
        }
        var otherLeader = await factory.ClientForAsync((await LeadersAsync(1))[0].UserName);
        (await otherLeader.GetAsync($"/api/development/sessions/{sessionId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherLeader.GetAsync($"/api/development/plans/{planId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherLeader.PostAsJsonAsync($"/api/development/plans/{planId}/goals", new { title = "Overta planen" })).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        // The endpoints of the coaching overview need the coach permission: a leader is forbidden, an admin sees no leaders of their own.
        (await otherLeader.GetAsync("/api/development/coaching")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_session_is_in_the_calendar_feed_of_both_the_leader_and_the_coach()
    {
        var (leaderName, _) = (await LeadersAsync(1))[0];
        var leader = await factory.ClientForAsync(leaderName);
        var coach = await factory.ClientForAsync("fasilitator");
        var planId = (await CreatePlanAsync(leader)).GetProperty("id").GetGuid();
        var sessionId = (await coach.PostAsJsonAsync($"/api/development/plans/{planId}/sessions",
            new { startsAt = DateTime.UtcNow.Date.AddDays(10).AddHours(9), durationMinutes = 45, place = "Møterom Værnes" }).Expect()).GetProperty("id").GetGuid();
        await coach.PutAsJsonAsync($"/api/development/sessions/{sessionId}/notes", new { text = SessionNote }).Expect();

        foreach (var client in new[] { leader, coach })
        {
            var text = await FeedTextAsync(client);
            var calendar = Calendar.Load(text)!;
            var entry = calendar.Events.Single(e => e.Uid == $"coaching-session-{sessionId}@navlederprogram");
            entry.Location.ShouldBe("Møterom Værnes");
            entry.Summary.ShouldStartWith("Coachingsamtale");
            text.ShouldNotContain("sykefraværet");
        }
        (await FeedTextAsync(await factory.ClientForAsync((await LeadersAsync(1))[0].UserName))).ShouldNotContain($"coaching-session-{sessionId}");
    }

    [Fact]
    public async Task A_goal_with_an_indicator_is_agreed_by_the_coach_and_feedback_reaches_the_leader_with_a_notification()
    {
        var (leaderName, personId) = (await LeadersAsync(1))[0];
        var leader = await factory.ClientForAsync(leaderName);
        var coach = await factory.ClientForAsync("fasilitator");
        var plan = await CreatePlanAsync(leader);
        var planId = plan.GetProperty("id").GetGuid();
        var officeId = plan.GetProperty("officeId").GetGuid();
        var indicator = await IndicatorAsync("Percent", "Month");

        var goal = (await leader.PostAsJsonAsync($"/api/development/plans/{planId}/goals",
            new { title = "Flere unge i arbeid", indicatorId = indicator, targetValue = 40m }).Expect()).GetProperty("goals")[0];
        var goalId = goal.GetProperty("id").GetGuid();
        goal.GetProperty("agreedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        (await leader.PostAsync($"/api/development/plans/{planId}/goals/{goalId}/agree", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await coach.PostAsync($"/api/development/plans/{planId}/goals/{goalId}/agree", null).Expect())
            .GetProperty("goals")[0].GetProperty("agreedAt").ValueKind.ShouldBe(JsonValueKind.String);

        foreach (var (period, value) in new[] { ("2026-07", "31,5"), ("2026-08", "34") })
            await leader.PutAsJsonAsync($"/api/development/indicators/{indicator}/values", new { officeId, period, value }).Expect();
        var values = (await leader.GetAsync($"/api/development/plans/{planId}").Expect()).GetProperty("goals")[0].GetProperty("values");
        values.EnumerateArray().Select(v => (v.GetProperty("period").GetString(), v.GetProperty("value").GetDecimal()))
            .ShouldBe([("2026-07", 31.5m), ("2026-08", 34m)]);

        await coach.PostAsJsonAsync($"/api/development/plans/{planId}/feedback", new { goalId, text = "Godt arbeid med de unge: hold trykket oppe." }).Expect();
        var seen = await leader.GetAsync($"/api/development/plans/{planId}").Expect();
        seen.GetProperty("feedback")[0].GetProperty("text").GetString().ShouldBe("Godt arbeid med de unge: hold trykket oppe.");
        seen.GetProperty("feedback")[0].GetProperty("goalId").GetGuid().ShouldBe(goalId);
        (await leader.GetAsync("/api/notifications?pageSize=20").Expect()).GetRawText().ShouldContain("Tilbakemelding på utviklingsplanen din");
        // A leader gives no feedback, not even on their own plan.
        (await leader.PostAsJsonAsync($"/api/development/plans/{planId}/feedback", new { text = "Selvskryt" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        _ = personId;
    }

    [Theory]
    [InlineData("Percent", "mange", NavLederprogramErrorCodes.IndicatorValueNotANumber)]
    [InlineData("Percent", "140", NavLederprogramErrorCodes.IndicatorPercentOutOfRange)]
    [InlineData("Number", "-4", NavLederprogramErrorCodes.IndicatorNumberOutOfRange)]
    public async Task An_indicator_value_of_the_wrong_type_is_refused_and_nothing_is_written(string kind, string value, string code)
    {
        var leader = await factory.ClientForAsync((await LeadersAsync(1))[0].UserName);
        var plan = await CreatePlanAsync(leader);
        var officeId = plan.GetProperty("officeId").GetGuid();
        var indicator = await IndicatorAsync(kind, "Month");
        var problem = await leader.PutAsJsonAsync($"/api/development/indicators/{indicator}/values", new { officeId, period = "2026-09", value })
            .Expect(HttpStatusCode.BadRequest);
        problem.GetProperty("code").GetString().ShouldBe(code);
        problem.GetProperty("detail").GetString()!.ShouldContain(value.TrimStart('-'));
        problem.FieldErrors().ShouldBe(["value"]);
        (await leader.GetAsync($"/api/development/indicators/{indicator}/values?officeId={officeId}").Expect()).GetArrayLength().ShouldBe(0);
        // Another office's values are not the leader's to enter.
        var other = await OfficeIdAsync("NAV Malvik");
        (await leader.PutAsJsonAsync($"/api/development/indicators/{indicator}/values", new { officeId = other, period = "2026-09", value = "12" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_csv_import_is_checked_in_a_dry_run_refused_whole_with_a_bad_line_and_applied_once_clean()
    {
        var admin = await factory.ClientForAsync("ksadmin");
        var share = await IndicatorCodeAsync("Percent", "Month");
        var count = await IndicatorCodeAsync("Number", "Quarter");
        var bad = $"officeNumber;indicatorCode;period;value\n5035;{share};2026-09;45,2\n5031;{count};2026-Q3;mange\n9999;{share};2026-09;12\n";

        var preview = await admin.PostAsync("/api/development/indicators/import/preview", File(bad)).Expect();
        preview.GetProperty("toAdd").GetInt32().ShouldBe(1);
        var errors = preview.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("field").GetString())).ToList();
        errors.ShouldBe([(3, "value"), (4, "officeNumber")]);
        preview.GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldContain("mange");

        var refused = await admin.PostAsync("/api/development/indicators/import/apply", File(bad)).Expect(HttpStatusCode.BadRequest);
        refused.GetProperty("code").GetString().ShouldBe(NavLederprogramErrorCodes.IndicatorImportHasErrors);
        refused.GetProperty("detail").GetString()!.ShouldContain("3");
        (await CountValuesAsync(share)).ShouldBe(0);

        var clean = $"officeNumber;indicatorCode;period;value\n5035;{share};2026-09;45,2\n5034;{share};2026-10;47\n5031;{count};2026-Q3;120\n";
        var applied = await admin.PostAsync("/api/development/indicators/import/apply", File(clean)).Expect();
        applied.GetProperty("applied").GetBoolean().ShouldBeTrue();
        applied.GetProperty("toAdd").GetInt32().ShouldBe(3);
        (await CountValuesAsync(share)).ShouldBe(2);

        // The same file again changes nothing; a changed value is listed with the old one.
        var again = await admin.PostAsync("/api/development/indicators/import/preview", File(clean.Replace("120", "130"))).Expect();
        again.GetProperty("unchanged").GetInt32().ShouldBe(2);
        var change = again.GetProperty("changes").EnumerateArray().ShouldHaveSingleItem();
        change.GetProperty("oldValue").GetDecimal().ShouldBe(120);
        change.GetProperty("newValue").GetDecimal().ShouldBe(130);
        change.GetProperty("officeName").GetString().ShouldBe("NAV Malvik");

        // A spreadsheet saved as it is, not as CSV, is refused by its content.
        var xlsx = new MultipartFormDataContent { { new ByteArrayContent([0x50, 0x4B, 0x03, 0x04, 0xFF, 0xFE, 0x00, 0x14]), "file", "verdier.csv" } };
        (await admin.PostAsync("/api/development/indicators/import/preview", xlsx).Expect(HttpStatusCode.BadRequest))
            .GetProperty("code").GetString().ShouldBe(NavLederprogramErrorCodes.IndicatorImportUnreadable);
        // A leader cannot import.
        var leader = await factory.ClientForAsync("leder");
        (await leader.PostAsync("/api/development/indicators/import/preview", File(clean))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Private_notes_are_the_authors_alone_and_stored_as_ciphertext()
    {
        var leader = await factory.ClientForAsync((await LeadersAsync(1))[0].UserName);
        var id = (await leader.PostAsJsonAsync("/api/development/private-notes", new { text = PrivateText }).Expect()).GetProperty("id").GetGuid();
        (await leader.GetAsync("/api/development/private-notes").Expect()).EnumerateArray().ShouldHaveSingleItem()
            .GetProperty("text").GetString().ShouldBe(PrivateText);
        (await StoredAsync("""SELECT "ProtectedText" AS "Value" FROM "DevPrivateNotes" """)).ShouldNotContain(t => t.Contains("budsjettarbeidet"));
        foreach (var other in new[] { "fasilitator", "ksadmin", "sysadmin" })
        {
            var client = await factory.ClientForAsync(other);
            (await client.PutAsJsonAsync($"/api/development/private-notes/{id}", new { text = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.DeleteAsync($"/api/development/private-notes/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.GetAsync("/api/development/private-notes").Expect()).GetRawText().ShouldNotContain("budsjettarbeidet");
        }
    }

    [Fact]
    public async Task A_leader_has_one_plan_per_cohort_and_only_in_a_cohort_they_take_part_in()
    {
        var leader = await factory.ClientForAsync((await LeadersAsync(1))[0].UserName);
        await CreatePlanAsync(leader);
        var cohortId = await RunningCohortAsync();
        (await leader.PostAsJsonAsync("/api/development/plans", new { cohortId }).Expect(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe(NavLederprogramErrorCodes.PlanExists);
        var outsider = await factory.ClientForAsync((await TestPeople.CreateAsync(factory, "NAV Værnes", "OfficeLeader", withUsers: true))[0].UserName!);
        (await outsider.PostAsJsonAsync("/api/development/plans", new { cohortId }).Expect(HttpStatusCode.BadRequest))
            .GetProperty("code").GetString().ShouldBe(NavLederprogramErrorCodes.PlanLeaderNotEnrolled);
    }

    private static MultipartFormDataContent File(string csv) => new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "verdier.csv" } };

    private async Task<JsonElement> CreatePlanAsync(HttpClient leader) =>
        await leader.PostAsJsonAsync("/api/development/plans", new { cohortId = await RunningCohortAsync() }).Expect();

    private async Task<string> FeedTextAsync(HttpClient client)
    {
        var url = (await client.GetAsync("/api/calendar/my-feed").Expect()).GetProperty("url").GetString()!;
        var response = await factory.CreateClient().GetAsync(new Uri(url).PathAndQuery);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The demo national cohort under way, which the demo facilitator facilitates.</summary>
    private async Task<Guid> RunningCohortAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        var facilitator = await db.Users.SingleAsync(u => u.UserName == "fasilitator");
        return (await db.Set<Cohort>().Where(c => c.Status == CohortStatus.Running && c.Name.StartsWith("Nasjonalt")).ToListAsync())
            .First(c => c.FacilitatorUserIds.Contains(facilitator.Id)).Id;
    }

    /// <summary>New office leaders at NAV Værnes with seats in the running cohort.</summary>
    private async Task<IReadOnlyList<(string UserName, Guid PersonId)>> LeadersAsync(int count)
    {
        var made = await TestPeople.CreateAsync(factory, "NAV Værnes", "OfficeLeader", count, withUsers: true);
        var cohortId = await RunningCohortAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var enrolments = scope.ServiceProvider.GetRequiredService<IEnrolmentRepository>();
        var now = DateTime.UtcNow;
        foreach (var m in made)
        {
            var enrolment = new Enrolment(Guid.CreateVersion7(), cohortId, m.PersonId, EnrolmentSource.Application, null, now);
            enrolment.Place(true, await enrolments.LastPlacementNumberAsync(cohortId) + 1, null, now);
            await enrolments.InsertAsync(enrolment);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }
        return made.Select(m => (m.UserName!, m.PersonId)).ToList();
    }

    private async Task<Guid> IndicatorAsync(string valueKind, string periodKind)
    {
        var admin = await factory.ClientForAsync("ksadmin");
        return (await admin.PostAsJsonAsync("/api/development/indicators", new
        {
            code = $"TEST-{Guid.NewGuid():N}"[..20],
            name = new { nb = "Testindikator" },
            valueKind,
            periodKind,
            higherIsBetter = true,
        }).Expect()).GetProperty("id").GetGuid();
    }

    private async Task<string> IndicatorCodeAsync(string valueKind, string periodKind)
    {
        var id = await IndicatorAsync(valueKind, periodKind);
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IResultIndicatorRepository>().FindAsync(id))!.Code;
    }

    private async Task<int> CountValuesAsync(string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        var indicator = await db.Set<ResultIndicator>().SingleAsync(i => i.Code == code);
        return await db.Set<IndicatorValue>().CountAsync(v => v.IndicatorId == indicator.Id);
    }

    private async Task<Guid> OfficeIdAsync(string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>().Offices.SingleAsync(o => o.Name == name)).Id;
    }

    /// <summary>A text column straight from the database, as a copy of it would show it.</summary>
    private async Task<List<string>> StoredAsync(string sql)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>().Database.SqlQueryRaw<string>(sql).ToListAsync();
    }
}
