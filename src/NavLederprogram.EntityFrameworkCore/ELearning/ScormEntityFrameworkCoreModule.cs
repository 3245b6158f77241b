using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.ELearning;

namespace NavLederprogram.EntityFrameworkCore.ELearning;

public static class ScormEntityFrameworkCoreModule
{
    /// <summary>The repositories of SCORM packages and of learners' attempts.</summary>
    public static IServiceCollection AddScormEntityFrameworkCore(this IServiceCollection services)
    {
        services.AddScoped<IScormPackageRepository, ScormPackageRepository>();
        services.AddScoped<IScormAttemptRepository, ScormAttemptRepository>();
        services.AddScoped<NavLederprogram.Data.IDataSeedContributor, ScormDemoDataSeedContributor>();
        return services;
    }
}
