using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NavLederprogram.Audit;

namespace NavLederprogram.EntityFrameworkCore.Audit;

public static class AuditEntityFrameworkCoreModule
{
    /// <summary>The audit trail; a process that serves requests registers its own <see cref="IRequestOrigin"/>.</summary>
    public static IServiceCollection AddAuditEntityFrameworkCore(this IServiceCollection services)
    {
        services.TryAddSingleton<IAuditRetention>(new AuditRetentionOptions());
        services.TryAddSingleton<IRequestOrigin, NoRequestOrigin>();
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddScoped<IAuditLogReader, AuditLogReader>();
        services.AddScoped<IAuditChainMaintenance, AuditChainMaintenance>();
        return services;
    }

    /// <summary>The retention periods of <c>Audit:Retention</c>; read at start, so that a wrong value stops the start.</summary>
    public static IServiceCollection AddAuditRetention(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton<IAuditRetention>(new AuditRetentionOptions(configuration.GetSection(AuditRetentionOptions.Section)
            .GetChildren().ToDictionary(c => c.Key, c => c.Value, StringComparer.OrdinalIgnoreCase)));

    private sealed class NoRequestOrigin : IRequestOrigin
    {
        public string? RemoteAddress => null;
    }
}
