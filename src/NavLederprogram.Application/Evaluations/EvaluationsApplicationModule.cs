using Microsoft.Extensions.DependencyInjection;

namespace NavLederprogram.Evaluations;

public static class EvaluationsApplicationModule
{
    /// <summary>Question sets, evaluations on targets, answering and results.</summary>
    public static IServiceCollection AddEvaluationsApplication(this IServiceCollection services)
    {
        return services;
    }
}
