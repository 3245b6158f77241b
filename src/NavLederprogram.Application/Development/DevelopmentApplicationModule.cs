using Microsoft.Extensions.DependencyInjection;

namespace NavLederprogram.Development;

public static class DevelopmentApplicationModule
{
    /// <summary>Development plans with their goals and indicators, coaching, private notes and 360° feedback.</summary>
    public static IServiceCollection AddDevelopmentApplication(this IServiceCollection services)
    {
        services.AddScoped<ILeadershipFeedbackAppService, LeadershipFeedbackAppService>();
        services.AddScoped<IFeedbackAnswerAppService, FeedbackAnswerAppService>();
        return services;
    }
}
