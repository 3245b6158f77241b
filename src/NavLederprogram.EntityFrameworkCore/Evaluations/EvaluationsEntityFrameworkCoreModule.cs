using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Evaluations;

namespace NavLederprogram.EntityFrameworkCore.Evaluations;

public static class EvaluationsEntityFrameworkCoreModule
{
    /// <summary>Evaluations' repositories and the summaries other modules read.</summary>
    public static IServiceCollection AddEvaluationsEntityFrameworkCore(this IServiceCollection services)
    {
        services.AddScoped<IQuestionSetRepository, QuestionSetRepository>();
        services.AddScoped<IEvaluationRepository, EvaluationRepository>();
        services.AddScoped<IEvaluationAnswerRepository, EvaluationAnswerRepository>();
        services.AddScoped<IEvaluationSummaries, EvaluationSummaries>();
        services.AddScoped<EvaluationEligibility>();
        services.AddScoped<EvaluationTargets>();
        return services;
    }
}
