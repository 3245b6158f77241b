using System.Net;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

[Collection(HostCollection.Name)]
public class JobsApiTests(NavLederprogramFactory factory)
{
    private async Task<JsonElement[]> JobsAsync(string culture) =>
        (await (await factory.ClientForAsync("sysadmin", culture)).GetAsync("/api/admin/jobs").Expect()).EnumerateArray().ToArray();

    private static JsonElement Job(JsonElement[] jobs, string group, string name) =>
        jobs.Single(j => j.GetProperty("group").GetString() == group && j.GetProperty("name").GetString() == name);

    [Theory]
    [InlineData("nb", "Opprydding", "Hver natt kl. 03:15", "Hver dag kl. 06:00", "Hvert 10. sekund")]
    [InlineData("nn", "Opprydding", "Kvar natt kl. 03:15", "Kvar dag kl. 06:00", "Kvart 10. sekund")]
    [InlineData("en", "Housekeeping", "Every night at 03:15", "Every day at 06:00", "Every 10 seconds")]
    public async Task Jobs_have_names_and_schedules_in_the_readers_language(string culture, string housekeepingTitle, string nightly, string daily, string interval)
    {
        var jobs = await JobsAsync(culture);
        var housekeeping = Job(jobs, "system", "housekeeping");
        housekeeping.GetProperty("title").GetString().ShouldBe(housekeepingTitle);
        housekeeping.GetProperty("triggers")[0].GetProperty("schedule").GetString().ShouldBe(nightly);
        Job(jobs, "competence", "expiry-reminders").GetProperty("triggers")[0].GetProperty("schedule").GetString().ShouldBe(daily);
        // Saving a notification also fires the job once at once ("run now"), so its recurring trigger is found by name.
        Job(jobs, "notifications", "send-email").GetProperty("triggers").EnumerateArray()
            .Single(t => t.GetProperty("name").GetString() == "send-email-every-10s").GetProperty("schedule").GetString().ShouldBe(interval);
        jobs.ShouldAllBe(j => j.GetProperty("title").GetString() != j.GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_admin_runs_a_scheduled_job_at_once_and_a_job_without_a_schedule_of_its_own_is_not_found()
    {
        var before = Job(await JobsAsync("en"), "system", "housekeeping");
        before.GetProperty("canRunNow").GetBoolean().ShouldBeTrue();
        var lastRun = before.GetProperty("lastOutcome") is { ValueKind: JsonValueKind.Object } o ? o.GetProperty("firedAt").GetDateTime() : DateTime.MinValue;
        var admin = await factory.ClientForAsync("ksadmin");

        (await admin.PostAsync("/api/admin/jobs/system/housekeeping/run", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        JsonElement after = default;
        for (var i = 0; i < 100; i++)
        {
            after = Job(await JobsAsync("en"), "system", "housekeeping");
            if (after.GetProperty("lastOutcome") is { ValueKind: JsonValueKind.Object } run && run.GetProperty("firedAt").GetDateTime() > lastRun) break;
            await Task.Delay(100);
        }
        after.GetProperty("lastOutcome").GetProperty("firedAt").GetDateTime().ShouldBeGreaterThan(lastRun);

        // The milestone job runs only for a cohort's own triggers; an unknown job does not exist.
        Job(await JobsAsync("en"), "programmes", "cohort-milestone").GetProperty("canRunNow").GetBoolean().ShouldBeFalse();
        (await admin.PostAsync("/api/admin/jobs/programmes/cohort-milestone/run", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostAsync("/api/admin/jobs/system/no-such-job/run", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await factory.ClientForAsync("leder")).PostAsync("/api/admin/jobs/system/housekeeping/run", null)).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Cohort_milestones_are_grouped_per_cohort_with_the_next_one()
    {
        var milestoneJob = Job(await JobsAsync("en"), "programmes", "cohort-milestone");
        milestoneJob.GetProperty("triggers").GetArrayLength().ShouldBe(0);
        var cohorts = milestoneJob.GetProperty("cohorts").EnumerateArray().ToList();
        cohorts.ShouldNotBeEmpty();

        var ks = await factory.ClientForAsync("ksadmin", "en");
        foreach (var cohort in cohorts)
        {
            var id = cohort.GetProperty("cohortId").GetGuid();
            var detail = await ks.GetAsync($"/api/cohorts/{id}").Expect();
            cohort.GetProperty("cohortName").GetString().ShouldBe(detail.GetProperty("name").GetString());
            var scheduled = (await ks.GetAsync($"/api/cohorts/{id}/milestones").Expect()).EnumerateArray()
                .Where(m => m.GetProperty("scheduled").GetBoolean()).ToList();
            cohort.GetProperty("pending").GetInt32().ShouldBe(scheduled.Count);
            var kinds = scheduled.Select(m => m.GetProperty("kindName").GetString()).ToList();
            kinds.ShouldContain(cohort.GetProperty("nextKindName").GetString());
        }
    }
}
