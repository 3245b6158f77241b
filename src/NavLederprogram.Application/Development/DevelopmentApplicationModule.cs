using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Events;
using NavLederprogram.Programmes;

namespace NavLederprogram.Development;

public static class DevelopmentApplicationModule
{
    /// <summary>Development plans with their goals and indicators, coaching, private notes and 360° feedback.</summary>
    public static IServiceCollection AddDevelopmentApplication(this IServiceCollection services)
    {
        services.AddScoped<DevelopmentAccess>();
        services.AddScoped<IResultIndicatorAppService, ResultIndicatorAppService>();
        services.AddScoped<IDevelopmentPlanAppService, DevelopmentPlanAppService>();
        services.AddScoped<ICoachingSessionAppService, CoachingSessionAppService>();
        services.AddScoped<IPrivateNoteAppService, PrivateNoteAppService>();
        services.AddScoped<DevelopmentCalendar>();
        services.AddScoped<ICalendarEntrySource>(sp => sp.GetRequiredService<DevelopmentCalendar>());
        services.AddDomainEventHandler<NotifyLeaderOfFeedback>();
        services.AddScoped<ILeadershipFeedbackAppService, LeadershipFeedbackAppService>();
        services.AddScoped<IFeedbackAnswerAppService, FeedbackAnswerAppService>();
        return services;
    }
}
