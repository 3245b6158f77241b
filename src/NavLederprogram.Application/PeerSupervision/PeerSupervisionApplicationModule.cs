using Microsoft.Extensions.DependencyInjection;

namespace NavLederprogram.PeerSupervision;

public static class PeerSupervisionApplicationModule
{
    /// <summary>Peer supervisors, groups and one-to-ones with their meetings, cases, reflections and reports.</summary>
    public static IServiceCollection AddPeerSupervisionApplication(this IServiceCollection services)
    {
        return services;
    }
}
