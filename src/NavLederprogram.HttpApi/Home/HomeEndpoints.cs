using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Permissions;

namespace NavLederprogram.Home;

public static class HomeEndpoints
{
    public static IEndpointRouteBuilder MapHomeEndpoints(this IEndpointRouteBuilder app)
    {
        // Every signed-in person has a home page; what it holds follows their roles and permissions.
        app.MapGet("/api/home", GetHome)
            .RequireAuthorization(NavLederprogramPolicies.SignedInUser).WithTags("Home").WithName(nameof(GetHome));
        return app;
    }

    private static Task<HomeDto> GetHome(IHomeAppService s, CancellationToken ct) => s.GetAsync(ct);
}
