using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NavLederprogram.Data;
using NavLederprogram.Notifications;

namespace NavLederprogram.EntityFrameworkCore.Notifications;

public static class NotificationsEntityFrameworkCoreModule
{
    /// <summary>The notification store and sender, the competence expiry reminders and the demo notifications.</summary>
    public static IServiceCollection AddNotificationsEntityFrameworkCore(this IServiceCollection services)
    {
        services.TryAddSingleton(new NotificationOptions());
        services.AddScoped<INotificationRepository, NotificationRepository>();
        services.AddSingleton<NotificationRenderer>();
        services.AddScoped<INotificationSender, NotificationSender>();
        services.AddScoped<CompetenceExpiryNotifications>();
        services.AddScoped<IDataSeedContributor, NotificationDemoDataSeedContributor>();
        return services;
    }
}
