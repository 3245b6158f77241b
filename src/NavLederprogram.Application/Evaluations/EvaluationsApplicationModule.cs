using Microsoft.Extensions.DependencyInjection;

namespace NavLederprogram.Evaluations;

public static class EvaluationsApplicationModule
{
    /// <summary>Question sets, evaluations on targets, answering and results.</summary>
    public static IServiceCollection AddEvaluationsApplication(this IServiceCollection services)
    {
        services.AddScoped<EvaluationPulses>();
        services.AddScoped<EvaluationReminders>();
        services.AddScoped<IPulseSettingsAppService, PulseSettingsAppService>();
        services.AddScoped<IFreeTextReviewAppService, FreeTextReviewAppService>();
        return services;
    }
}
