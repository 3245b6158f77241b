using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore.Notifications;
using NavLederprogram.Events;
using NavLederprogram.Notifications;
using NavLederprogram.Scheduling;
using Quartz;

namespace NavLederprogram.HttpApi.Host.Notifications;

/// <summary>
/// Empties the e-mail outbox: turns due competence expiry reminders into notifications, then sends what is pending,
/// marks it sent, and leaves a failure for a later run until it has been tried five times, with its error kept.
/// </summary>
[DisallowConcurrentExecution]
public sealed class SendEmailJob(
    CompetenceExpiryNotifications competenceReminders,
    INotificationRepository notifications,
    IUnitOfWork unitOfWork,
    EmailDelivery delivery,
    TimeProvider clock,
    ILogger<SendEmailJob> logger) : IJob
{
    public static readonly JobKey Key = new("send-email", "notifications");
    private const int BatchSize = 50;
    private const int MaxBatchesPerRun = 20;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var ct = context.CancellationToken;
        var reminders = await competenceReminders.SendDueAsync(ct);
        int sent = 0, failed = 0;
        for (var batch = 0; batch < MaxBatchesPerRun; batch++)
        {
            var due = await notifications.GetDueEmailsAsync(clock.GetUtcNow().UtcDateTime, BatchSize, ct);
            if (due.Count == 0) break;
            IEmailChannel channel;
            try
            {
                channel = await delivery.OpenAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not reach the mail server; {Count} e-mails wait for the next attempt", due.Count);
                foreach (var email in due) email.RecordFailure(clock.GetUtcNow().UtcDateTime, e.Message);
                await unitOfWork.SaveChangesAsync(ct);
                failed += due.Count;
                break;
            }
            await using (channel)
            {
                foreach (var email in due)
                {
                    try
                    {
                        await channel.SendAsync(delivery.Build(email), ct);
                        email.MarkSent(clock.GetUtcNow().UtcDateTime);
                        sent++;
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        logger.LogWarning(e, "E-mail {EmailId} failed (attempt {Attempt})", email.Id, email.Attempts + 1);
                        email.RecordFailure(clock.GetUtcNow().UtcDateTime, e.Message);
                        failed++;
                    }
                    // Saved one by one: a crash half-way must not send the ones already gone once more.
                    await unitOfWork.SaveChangesAsync(ct);
                }
            }
            if (due.Count < BatchSize) break;
        }
        context.Result = new JobResult("Job:notifications.send-email.Result", sent, failed, reminders);
    }
}
