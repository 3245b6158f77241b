using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Scheduling;

namespace NavLederprogram.EntityFrameworkCore.Scheduling;

public static class SchedulingEntityFrameworkCoreModule
{
    /// <summary>The history of job runs.</summary>
    public static IServiceCollection AddSchedulingEntityFrameworkCore(this IServiceCollection services)
    {
        services.AddScoped<IJobRunRepository, JobRunRepository>();
        services.AddScoped<IJobRunQueries, JobRunQueries>();
        return services;
    }
}
