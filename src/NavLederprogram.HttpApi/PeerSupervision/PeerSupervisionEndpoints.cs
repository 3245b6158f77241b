using Microsoft.AspNetCore.Routing;

namespace NavLederprogram.PeerSupervision;

public static class PeerSupervisionEndpoints
{
    /// <summary>Every peer-supervision endpoint, all under /api/peer-supervision/; each part of the module maps its own file of them.</summary>
    public static IEndpointRouteBuilder MapPeerSupervisionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapSupervisionGroupEndpoints();
        app.MapSupervisionCaseEndpoints();
        app.MapSupervisionReflectionEndpoints();
        app.MapSupervisionReportEndpoints();
        app.MapSupervisorEndpoints();
        return app;
    }
}
