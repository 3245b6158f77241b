using Microsoft.Extensions.DependencyInjection;

namespace NavLederprogram.Notifications;

public static class NotificationsApplicationModule
{
    /// <summary>The signed-in user's notifications.</summary>
    public static IServiceCollection AddNotificationsApplication(this IServiceCollection services)
    {
        services.AddScoped<INotificationAppService, NotificationAppService>();
        return services;
    }
}
