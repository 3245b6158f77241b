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

/// <summary>Mail queued by a save goes out at once instead of at the job's next round (at most ten seconds later).</summary>
public sealed class SendEmailSoon(ISchedulerFactory schedulers, ILogger<SendEmailSoon> logger) : IDomainEventHandler<NotificationEmailQueued>
{
    public async Task HandleAsync(IReadOnlyList<NotificationEmailQueued> events, CancellationToken ct)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(ct);
            if (await scheduler.GetStatus(ct) == SchedulerStatus.Running) await scheduler.TriggerJob(SendEmailJob.Key, ct);
        }
        catch (Exception e) when (e is SchedulerException or ObjectDisposedException)
        {
            // The recurring trigger sends it anyway.
            logger.LogDebug(e, "Could not nudge the e-mail job");
        }
    }
}

public static class NotificationJobs
{
    public static void AddNotificationJobs(this IQuartzBuilder q)
    {
        q.AddJob<SendEmailJob>(j => j.WithIdentity(SendEmailJob.Key).WithDescription("Sends queued e-mail").StoreDurably());
        q.AddTrigger(t => t.ForJob(SendEmailJob.Key).WithIdentity("send-email-every-10s", "notifications")
            .WithDescription("Every 10 seconds")
            .StartNow()
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(10)).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
    }

    /// <summary>The outbox sender and its options: SMTP when <c>Notifications:Smtp:Host</c> is set, else the pickup folder.</summary>
    public static IServiceCollection AddNotificationEmail(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var options = configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        options.PickupFolder = string.IsNullOrWhiteSpace(options.PickupFolder)
            ? Path.Combine(dataFolder, "mail-pickup")
            : Path.GetFullPath(options.PickupFolder, dataFolder);
        services.AddSingleton(options);
        services.AddSingleton<EmailDelivery>();
        services.AddDomainEventHandler<SendEmailSoon>();
        return services;
    }
}
