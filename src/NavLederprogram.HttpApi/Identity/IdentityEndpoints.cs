using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Localization;
using NavLederprogram.Permissions;

namespace NavLederprogram.Identity;

public static class IdentityEndpoints
{
    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/identity/me", GetCurrentUser)
            .RequireAuthorization(NavLederprogramPolicies.SignedInUser).WithTags("Identity").WithName(nameof(GetCurrentUser));
        app.MapPut("/api/identity/me/culture", SetMyCulture)
            .RequireAuthorization(NavLederprogramPolicies.SignedInUser).WithTags("Identity").WithName(nameof(SetMyCulture));
        app.MapGet("/api/localization/{culture}", GetTexts).AllowAnonymous().Produces<LocalizationDto>()
            .WithTags("Localization").WithName(nameof(GetTexts));
        app.MapGet("/api/localization/{culture}/{module}", GetPageTexts).AllowAnonymous().Produces<LocalizationDto>().ProducesProblem(404)
            .WithTags("Localization").WithName(nameof(GetPageTexts));
        app.MapUserAdminEndpoints();
        return app;
    }

    private static Task<CurrentUserDto> GetCurrentUser(ICurrentUserAppService s, CancellationToken ct) => s.GetAsync(ct);

    private static async Task<NoContent> SetMyCulture(SetCultureInput input, ICurrentUserAppService s, CancellationToken ct)
    {
        await s.SetCultureAsync(input, ct);
        return TypedResults.NoContent();
    }

    /// <summary>The texts are fixed while the host runs: every page load asks for them, so they are prepared once, without those only the server writes.</summary>
    private static IResult GetTexts(string culture)
    {
        var normalized = LocalizationTexts.Normalize(culture);
        return FixedJsonDocument.Answer($"texts/{normalized}", () => new LocalizationDto(normalized, LocalizationTexts.ForBrowser(normalized)));
    }

    /// <summary>A module's page texts, fetched when the browser first opens one of its pages.</summary>
    private static IResult GetPageTexts(string culture, string module)
    {
        var normalized = LocalizationTexts.Normalize(culture);
        var texts = LocalizationTexts.PageTexts(normalized, module);
        return texts is null
            ? TypedResults.NotFound()
            : FixedJsonDocument.Answer($"texts/{normalized}/{module}", () => new LocalizationDto(normalized, texts));
    }
}
