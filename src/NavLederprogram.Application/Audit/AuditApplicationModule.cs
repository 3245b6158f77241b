using Microsoft.Extensions.DependencyInjection;

namespace NavLederprogram.Audit;

public static class AuditApplicationModule
{
    /// <summary>The audit log viewer and the alert on a broken chain.</summary>
    public static IServiceCollection AddAuditApplication(this IServiceCollection services)
    {
        services.AddScoped<IAuditLogAppService, AuditLogAppService>();
        services.AddScoped<AuditChainAlerts>();
        services.AddScoped<IPersonalDataReadRecorder, PersonalDataReadRecorder>();
        return services;
    }
}
