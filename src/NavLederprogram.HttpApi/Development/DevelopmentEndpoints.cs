using Microsoft.AspNetCore.Routing;

namespace NavLederprogram.Development;

public static class DevelopmentEndpoints
{
    /// <summary>Every development endpoint, all under /api/development/; each part of the module maps its own file of them.</summary>
    public static IEndpointRouteBuilder MapDevelopmentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapResultIndicatorEndpoints();
        app.MapDevelopmentPlanEndpoints();
        app.MapCoachingEndpoints();
        app.MapLeadershipFeedbackEndpoints();
        return app;
    }
}
