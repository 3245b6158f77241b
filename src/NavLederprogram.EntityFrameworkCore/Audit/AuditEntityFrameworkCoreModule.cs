using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NavLederprogram.Audit;

namespace NavLederprogram.EntityFrameworkCore.Audit;

public static class AuditEntityFrameworkCoreModule
{
    /// <summary>The audit trail; a process that serves requests registers its own <see cref="IRequestOrigin"/> first.</summary>
    public static IServiceCollection AddAuditEntityFrameworkCore(this IServiceCollection services)
    {
        services.TryAddSingleton<IRequestOrigin, NoRequestOrigin>();
        services.AddScoped<IAuditTrail, AuditTrail>();
        return services;
    }

    private sealed class NoRequestOrigin : IRequestOrigin
    {
        public string? RemoteAddress => null;
    }
}
