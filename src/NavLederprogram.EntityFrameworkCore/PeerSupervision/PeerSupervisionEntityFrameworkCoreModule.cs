using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.PeerSupervision;

namespace NavLederprogram.EntityFrameworkCore.PeerSupervision;

public static class PeerSupervisionEntityFrameworkCoreModule
{
    /// <summary>Peer supervision's repositories and the seed of its settings.</summary>
    public static IServiceCollection AddPeerSupervisionEntityFrameworkCore(this IServiceCollection services)
    {
        services.AddScoped<IPeerSupervisorRepository, PeerSupervisorRepository>();
        services.AddScoped<ISupervisionSettingsRepository, SupervisionSettingsRepository>();
        services.AddScoped<ISupervisionGroupRepository, SupervisionGroupRepository>();
        services.AddScoped<ISupervisionMeetingRepository, SupervisionMeetingRepository>();
        services.AddScoped<ISupervisionCaseRepository, SupervisionCaseRepository>();
        services.AddScoped<ISupervisionReflectionRepository, SupervisionReflectionRepository>();
        services.AddScoped<ISupervisionReportQueries, SupervisionReportQueries>();
        services.AddScoped<ISupervisorWorkQueries, SupervisorWorkQueries>();
        services.AddScoped<IEvaluationSupervisionQueries, EvaluationSupervisionQueries>();
        services.AddScoped<IDataSeedContributor, PeerSupervisionDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, PeerSupervisionDemoDataSeedContributor>();
        return services;
    }
}
