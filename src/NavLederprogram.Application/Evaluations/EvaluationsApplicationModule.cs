using Microsoft.Extensions.DependencyInjection;

namespace NavLederprogram.Evaluations;

public static class EvaluationsApplicationModule
{
    /// <summary>Question sets, evaluations on targets, answering, results and the notices of an opened evaluation.</summary>
    public static IServiceCollection AddEvaluationsApplication(this IServiceCollection services)
    {
        services.AddScoped<EvaluationAccess>();
        services.AddScoped<IQuestionSetAppService, QuestionSetAppService>();
        services.AddScoped<IEvaluationAppService, EvaluationAppService>();
        services.AddScoped<IMyEvaluationAppService, MyEvaluationAppService>();
        services.AddScoped<IEvaluationResultAppService, EvaluationResultAppService>();
        services.AddScoped<EvaluationOpeningNotices>();
        services.AddScoped<EvaluationPulses>();
        services.AddScoped<EvaluationReminders>();
        services.AddScoped<IPulseSettingsAppService, PulseSettingsAppService>();
        services.AddScoped<IFreeTextReviewAppService, FreeTextReviewAppService>();
        return services;
    }
}
