using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using NavLederprogram.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace NavLederprogram.HttpApi.Host.Identity;

/// <summary>The OpenIddict endpoints that need the application: who the user is, and what goes into tokens.</summary>
public static class ConnectEndpoints
{
    public const string RateLimitPolicy = "auth";
    public const string Resource = "navlederprogram";
    /// <summary>The user's own sign-in pages (e.g. /Account/Security): signed in with the login cookie, not a bearer token.</summary>
    public const string SignInCookiePolicy = "SignInCookie";

    public static void MapConnectEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/authorize", ["GET", "POST"], (Delegate)AuthorizeAsync).AllowAnonymous().ExcludeFromDescription().DisableAntiforgery();
        app.MapPost("/connect/token", (Delegate)TokenAsync).AllowAnonymous().ExcludeFromDescription().RequireRateLimiting(RateLimitPolicy).DisableAntiforgery();
        app.MapMethods("/connect/endsession", ["GET", "POST"], (Delegate)EndSessionAsync).AllowAnonymous().ExcludeFromDescription().DisableAntiforgery();
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext context, UserManager<AppUser> users, IRoleAssignmentRepository assignments)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var cookie = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = cookie.Succeeded ? await users.GetUserAsync(cookie.Principal) : null;
        // A session that began before the user was disabled ends here.
        if (user is { IsDisabled: true })
        {
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            user = null;
        }
        if (user is null || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
                return Forbid(Errors.LoginRequired, "The user is not signed in.");
            // Back to this very request after the login page.
            var returnUrl = context.Request.PathBase + context.Request.Path + QueryString.Create(
                context.Request.HasFormContentType ? context.Request.Form.ToList() : context.Request.Query.ToList());
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [IdentityConstants.ApplicationScheme]);
        }

        var principal = await CreatePrincipalAsync(user, assignments, request.GetScopes());
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> TokenAsync(HttpContext context, UserManager<AppUser> users, IRoleAssignmentRepository assignments)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, request.ClientId).SetClaim(Claims.Name, request.ClientId)
                .SetClaim(HttpCurrentUser.ClientKindClaim, HttpCurrentUser.ClientKind);
            identity.SetScopes(request.GetScopes());
            identity.SetResources(Resource);
            identity.SetDestinations(_ => [Destinations.AccessToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var user = await users.FindByIdAsync(result.Principal?.GetClaim(Claims.Subject) ?? "");
            // A user deleted, disabled or locked out since sign-in gets no new tokens.
            if (user is null || user.IsDisabled || await users.IsLockedOutAsync(user))
                return Forbid(Errors.InvalidGrant, "The user can no longer sign in.");
            var principal = await CreatePrincipalAsync(user, assignments, result.Principal!.GetScopes());
            return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Forbid(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    private static async Task<IResult> EndSessionAsync(HttpContext context)
    {
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/Account/SignedOut" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static async Task<ClaimsPrincipal> CreatePrincipalAsync(AppUser user, IRoleAssignmentRepository assignments, ImmutableArray<string> scopes)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Name, user.Name)
            .SetClaim(Claims.PreferredUsername, user.UserName)
            .SetClaim(Claims.Email, user.Email);
        var roles = (await assignments.GetAssignmentsAsync(user.Id)).Select(a => a.RoleName).Distinct().ToImmutableArray();
        identity.SetClaims(Claims.Role, roles);
        identity.SetScopes(scopes);
        identity.SetResources(Resource);
        // Access tokens are signed, not encrypted: whoever holds one can read it. They carry ids, the username and roles —
        // what the API needs — and no name or e-mail address, which go to the identity token only (the API reads them from the database).
        identity.SetDestinations(claim => claim.Type switch
        {
            Claims.Name when scopes.Contains(Scopes.Profile) => [Destinations.IdentityToken],
            Claims.Email when scopes.Contains(Scopes.Email) => [Destinations.IdentityToken],
            Claims.Name or Claims.Email => [],
            Claims.PreferredUsername when scopes.Contains(Scopes.Profile) => [Destinations.AccessToken, Destinations.IdentityToken],
            Claims.Role when scopes.Contains(Scopes.Roles) => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return new ClaimsPrincipal(identity);
    }

    private static IResult Forbid(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
