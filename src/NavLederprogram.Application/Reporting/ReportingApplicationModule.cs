using Microsoft.Extensions.DependencyInjection;

namespace NavLederprogram.Reporting;

public static class ReportingApplicationModule
{
    /// <summary>The programme dashboard, read through the other modules' count queries; no tables of its own.</summary>
    public static IServiceCollection AddReportingApplication(this IServiceCollection services)
    {
        services.AddScoped<IProgrammeDashboardAppService, ProgrammeDashboardAppService>();
        return services;
    }
}
