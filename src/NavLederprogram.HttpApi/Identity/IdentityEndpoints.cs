using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Localization;
using NavLederprogram.Permissions;

namespace NavLederprogram.Identity;

public static class IdentityEndpoints
{
    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/identity/me", (ICurrentUserAppService s, CancellationToken ct) => s.GetAsync(ct))
            .RequireAuthorization(NavLederprogramPolicies.SignedInUser).WithTags("Identity").WithName("GetCurrentUser");
        app.MapPut("/api/identity/me/culture", async (SetCultureInput input, ICurrentUserAppService s, CancellationToken ct) =>
            {
                await s.SetCultureAsync(input, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(NavLederprogramPolicies.SignedInUser).WithTags("Identity").WithName("SetMyCulture");

        app.MapGet("/api/localization/{culture}", (string culture) =>
            {
                var normalized = LocalizationTexts.Normalize(culture);
                return new LocalizationDto(normalized, LocalizationTexts.All(normalized));
            })
            .AllowAnonymous().WithTags("Localization").WithName("GetTexts");
        return app;
    }
}
