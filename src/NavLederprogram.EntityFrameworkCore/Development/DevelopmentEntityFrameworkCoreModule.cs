using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.Development;

namespace NavLederprogram.EntityFrameworkCore.Development;

public static class DevelopmentEntityFrameworkCoreModule
{
    /// <summary>Development's repositories and the seed of the national result indicators.</summary>
    public static IServiceCollection AddDevelopmentEntityFrameworkCore(this IServiceCollection services)
    {
        services.AddScoped<IResultIndicatorRepository, ResultIndicatorRepository>();
        services.AddScoped<IIndicatorValueRepository, IndicatorValueRepository>();
        services.AddScoped<IDevelopmentPlanRepository, DevelopmentPlanRepository>();
        services.AddScoped<ICoachingSessionRepository, CoachingSessionRepository>();
        services.AddScoped<IPrivateNoteRepository, PrivateNoteRepository>();
        services.AddScoped<IFeedbackRoundRepository, FeedbackRoundRepository>();
        services.AddScoped<IDataSeedContributor, DevelopmentDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, DevelopmentDemoDataSeedContributor>();
        return services;
    }
}
