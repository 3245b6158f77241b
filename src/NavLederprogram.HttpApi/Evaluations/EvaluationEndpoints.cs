using Microsoft.AspNetCore.Routing;

namespace NavLederprogram.Evaluations;

public static class EvaluationEndpoints
{
    /// <summary>Every evaluation endpoint, all under /api/evaluations/; each part of the module maps its own file of them.</summary>
    public static IEndpointRouteBuilder MapEvaluationEndpoints(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
