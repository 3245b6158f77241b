using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.Evaluations;
using NavLederprogram.Notifications;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>
/// The pulse after each gathering and supervision meeting, and the reminder before an evaluation closes: run as the scheduler runs
/// them, on the real Quartz store, as often as it likes.
/// </summary>
[Collection(HostCollection.Name)]
public class EvaluationPulseJobTests(NavLederprogramFactory factory)
{
    private async Task<int> OpenPulsesAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var now = DateTime.UtcNow;
        return await scope.ServiceProvider.GetRequiredService<EvaluationPulses>().OpenForEndedAsync(now.AddDays(-PulseConsts.OpenDays), now, default);
    }

    private async Task<List<Evaluation>> PulsesOfAsync(Guid targetId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        return await db.Set<Evaluation>().AsNoTracking().Where(e => e.TargetId == targetId && e.IsPulse).ToListAsync();
    }

    private async Task<List<Guid?>> NotifiedAsync(string templateKey, Guid evaluationId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        var link = $"/evaluations/answer/{evaluationId}";
        return await db.Set<Notification>().AsNoTracking().Where(n => n.TemplateKey == templateKey && n.Link == link).Select(n => n.PersonId).ToListAsync();
    }

    [Fact]
    public async Task A_gathering_that_ended_gets_exactly_one_pulse_however_often_and_on_however_many_nodes_the_job_runs()
    {
        var gathering = await PulseTestData.GatheringAsync(factory, DateTime.UtcNow.AddHours(-5));

        // Two nodes at the same moment, then again.
        await Task.WhenAll(OpenPulsesAsync(), OpenPulsesAsync());
        await OpenPulsesAsync();

        var pulse = (await PulsesOfAsync(gathering.SessionId)).ShouldHaveSingleItem();
        pulse.TargetKind.ShouldBe(EvaluationTargetKind.Gathering);
        pulse.CohortId.ShouldBe(gathering.CohortId);
        pulse.Title.ShouldContain(gathering.CohortName);
        pulse.Questions.Count.ShouldBe(EvaluationConsts.PulseQuestions);
        pulse.ClosesAt.ShouldBe(pulse.OpensAt.AddDays(PulseConsts.OpenDays));
        pulse.OpensAt.ShouldBe(DateTime.UtcNow.AddHours(-2), TimeSpan.FromMinutes(1));

        var notified = await NotifiedAsync(EvaluationPulses.TemplateKey, pulse.Id);
        notified.OrderBy(id => id).ShouldBe(gathering.Participants.Select(p => (Guid?)p.PersonId).OrderBy(id => id));
    }

    [Fact]
    public async Task A_meeting_gets_its_pulse_for_those_present_and_a_cancelled_meeting_none()
    {
        var group = await SupervisionTestData.GroupAsync(factory, "Pulsjobbgruppe");
        var now = DateTime.UtcNow;
        var held = await SupervisionTestData.HeldMeetingAsync(factory, group, now.AddHours(-4), 120, group.Members[0].PersonId, group.Members[1].PersonId);
        var cancelled = await SupervisionTestData.MeetingAsync(factory, group.Id, now.AddHours(-3.5), change: m => m.Cancel());

        await OpenPulsesAsync();

        var pulse = (await PulsesOfAsync(held)).ShouldHaveSingleItem();
        pulse.TargetKind.ShouldBe(EvaluationTargetKind.SupervisionMeeting);
        (await NotifiedAsync(EvaluationPulses.TemplateKey, pulse.Id)).OrderBy(id => id)
            .ShouldBe(new Guid?[] { group.Members[0].PersonId, group.Members[1].PersonId }.OrderBy(id => id));
        (await PulsesOfAsync(cancelled)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_scheduler_runs_the_pulse_and_reminder_jobs_and_the_jobs_page_tells_what_they_did()
    {
        var gathering = await PulseTestData.GatheringAsync(factory, DateTime.UtcNow.AddHours(-3));
        var scheduler = await factory.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(new Quartz.JobKey("pulses", "evaluations"));
        await scheduler.TriggerJob(new Quartz.JobKey("reminders", "evaluations"));
        var client = await factory.ClientForAsync("sysadmin", "nn");

        JsonElement[] jobs = [];
        for (var i = 0; i < 100; i++)
        {
            jobs = (await client.GetAsync("/api/admin/jobs").Expect()).EnumerateArray().Where(j => j.GetProperty("group").GetString() == "evaluations").ToArray();
            if (jobs.Length == 2 && jobs.All(j => j.GetProperty("lastOutcome").ValueKind == JsonValueKind.Object)
                && (await PulsesOfAsync(gathering.SessionId)).Count == 1) break;
            await Task.Delay(100);
        }

        (await PulsesOfAsync(gathering.SessionId)).ShouldHaveSingleItem();
        var pulses = jobs.Single(j => j.GetProperty("name").GetString() == "pulses");
        pulses.GetProperty("title").GetString().ShouldBe("Puls etter samlingar og møte");
        pulses.GetProperty("lastOutcome").GetProperty("succeeded").GetBoolean().ShouldBeTrue();
        var reminders = jobs.Single(j => j.GetProperty("name").GetString() == "reminders");
        reminders.GetProperty("triggers")[0].GetProperty("cronExpression").GetString().ShouldBe("0 0 8 * * ?");
        reminders.GetProperty("lastOutcome").GetProperty("succeeded").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Before_an_evaluation_closes_only_those_who_have_not_answered_are_reminded_and_only_once()
    {
        var gathering = await PulseTestData.GatheringAsync(factory, DateTime.UtcNow.AddDays(-4), participants: 3);
        var now = DateTime.UtcNow;
        var closing = await PulseTestData.EvaluationAsync(factory, gathering, now.AddDays(-3), now.AddDays(1));
        var later = await PulseTestData.EvaluationAsync(factory, gathering, now.AddDays(-3), now.AddDays(6));
        await PulseTestData.AnswerAsync(factory, closing, gathering.Participants[0].PersonId, null);

        for (var run = 0; run < 2; run++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<EvaluationReminders>().SendDueAsync(default);
        }

        var reminded = await NotifiedAsync(EvaluationReminders.TemplateKey, closing);
        reminded.OrderBy(id => id).ShouldBe(gathering.Participants.Skip(1).Select(p => (Guid?)p.PersonId).OrderBy(id => id));
        (await NotifiedAsync(EvaluationReminders.TemplateKey, later)).ShouldBeEmpty();

        // In the reader's language, with the evaluation's title.
        var notifications = await (await factory.ClientForAsync(gathering.Participants[1].UserName!, "nn")).GetAsync("/api/notifications").Expect();
        notifications.ToString().ShouldContain($"Påminning: Evaluering av {gathering.CohortName}");
    }
}
