using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore.Notifications;
using NavLederprogram.Events;
using NavLederprogram.Notifications;
using NavLederprogram.Scheduling;
using Quartz;

namespace NavLederprogram.HttpApi.Host.Notifications;

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
