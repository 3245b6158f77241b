using NavLederprogram.PeerSupervision;
using NavLederprogram.Scheduling;
using Quartz;

namespace NavLederprogram.HttpApi.Host.PeerSupervision;

/// <summary>Reminds everyone taking part of tomorrow's supervision meetings; a second run the same day sends nothing new.</summary>
[DisallowConcurrentExecution]
public sealed class SupervisionMeetingReminderJob(SupervisionMeetingReminders reminders) : IJob
{
    public static readonly JobKey Key = new("meeting-reminders", "peersupervision");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var meetings = await reminders.SendForTomorrowAsync(context.CancellationToken);
        context.Result = new JobResult("Job:peersupervision.meeting-reminders.Result", meetings);
    }
}
