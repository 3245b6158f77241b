using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NavLederprogram.Identity;
using NavLederprogram.Organisation;
using OpenIddict.Abstractions;
using OpenIddict.Client.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace NavLederprogram.HttpApi.Host.Identity;

/// <summary>
/// The way back from an external OpenID Connect provider. OpenIddict's client has already checked the state (against this
/// browser's request), the issuer, the signature and audience of the identity token; this finds the user it names —
/// by the stored external login, then by the provider's match claim, else creates one with no roles if the provider
/// allows — and signs them in here, then continues the request that sent them to sign in (usually /connect/authorize).
/// </summary>
public static class ExternalSignIn
{
    public const string CallbackPath = "signin-external";
    public const string EmailClaim = "email";
    public const string EmployeeNumberClaim = "employee_number";

    public static void MapExternalSignIn(this IEndpointRouteBuilder app) =>
        app.MapMethods("/" + CallbackPath, ["GET", "POST"], (Delegate)CallbackAsync).AllowAnonymous().ExcludeFromDescription()
            .DisableAntiforgery().RequireRateLimiting(ConnectEndpoints.RateLimitPolicy);

    private static async Task<IResult> CallbackAsync(HttpContext context, SignInManager<AppUser> signIn, IPersonUserLinks people,
        IOptions<ExternalSignInOptions> options, SignInAudit audit, ILoggerFactory loggers)
    {
        var log = loggers.CreateLogger(typeof(ExternalSignIn));
        var result = await context.AuthenticateAsync(OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
        var providerName = result.Principal?.GetClaim(Claims.Private.ProviderName);
        var provider = options.Value.Providers.FirstOrDefault(p => p.Name == providerName);
        if (!result.Succeeded || result.Principal is null || provider is null)
        {
            // A tampered state, a foreign issuer, a bad signature, or the user cancelled at the provider.
            log.LogWarning("External sign-in refused: {Error} {Description}",
                result.Properties?.GetString(OpenIddictClientAspNetCoreConstants.Properties.Error) ?? result.Failure?.Message,
                result.Properties?.GetString(OpenIddictClientAspNetCoreConstants.Properties.ErrorDescription));
            await audit.FailedAsync(SignInAudit.External, null, $"Refused:{providerName ?? "unknown"}", context.RequestAborted);
            return Refused();
        }

        var principal = result.Principal;
        var subject = principal.GetClaim(Claims.Subject);
        if (string.IsNullOrEmpty(subject)) return await FailAsync(null, "NoSubject");
        var users = signIn.UserManager;
        var user = await users.FindByLoginAsync(provider.Name, subject);
        var linked = user is not null;
        user ??= await MatchAsync(users, people, provider, principal, context.RequestAborted);
        if (user is null && provider.CreateUsers)
        {
            user = await CreateAsync(users, people, provider, subject, principal, context.RequestAborted);
            if (user is null) return await FailAsync(null, "CreateFailed");
        }
        if (user is null) return await FailAsync(null, "NoMatch");
        // The same checks as a password sign-in: a disabled or locked user does not get in through a provider either.
        if (!await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user)) return await FailAsync(user.Id, "NotAllowed");
        if (!linked)
        {
            var added = await users.AddLoginAsync(user, new UserLoginInfo(provider.Name, subject, provider.DisplayName));
            if (!added.Succeeded) return await FailAsync(user.Id, "LinkFailed");
        }

        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: provider.Name);
        await audit.SucceededAsync(SignInAudit.External, user.Id, provider.Name, context.RequestAborted);
        var returnUrl = result.Properties?.RedirectUri;
        return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");

        async Task<IResult> FailAsync(Guid? userId, string reason)
        {
            log.LogWarning("External sign-in through {Provider} refused: {Reason}", provider.Name, reason);
            await audit.FailedAsync(SignInAudit.External, userId, $"{reason}:{provider.Name}", context.RequestAborted);
            return Refused();
        }
    }

    /// <summary>The first sign-in through this provider: the existing user with the same e-mail address or employee number.</summary>
    private static async Task<AppUser?> MatchAsync(UserManager<AppUser> users, IPersonUserLinks people, ExternalProviderOptions provider,
        System.Security.Claims.ClaimsPrincipal principal, CancellationToken ct)
    {
        if (provider.MatchClaim == EmployeeNumberClaim)
        {
            var number = principal.GetClaim(EmployeeNumberClaim);
            if (string.IsNullOrWhiteSpace(number)) return null;
            var userId = await people.FindUserIdByEmployeeNumberAsync(number, ct);
            return userId is null ? null : await users.FindByIdAsync(userId.Value.ToString());
        }
        var email = principal.GetClaim(Claims.Email);
        if (string.IsNullOrWhiteSpace(email)) return null;
        // Addresses are not unique among users: an address two users share matches neither.
        var normalised = users.NormalizeEmail(email);
        var matches = users.Users.Where(u => u.NormalizedEmail == normalised).OrderBy(u => u.Id).Take(2).ToList();
        return matches is [var only] ? only : null;
    }

    /// <summary>A user for someone the provider vouches for, with no roles: an admin gives them access.</summary>
    private static async Task<AppUser?> CreateAsync(UserManager<AppUser> users, IPersonUserLinks people, ExternalProviderOptions provider,
        string subject, System.Security.Claims.ClaimsPrincipal principal, CancellationToken ct)
    {
        var email = principal.GetClaim(Claims.Email)?.Trim();
        var number = principal.GetClaim(EmployeeNumberClaim)?.Trim();
        var userName = !string.IsNullOrEmpty(email) && await users.FindByNameAsync(email) is null ? email : $"{provider.Name}-{subject}";
        var user = new AppUser(Guid.CreateVersion7(), userName, email ?? "", principal.GetClaim(Claims.Name) ?? email ?? userName);
        if (!(await users.CreateAsync(user)).Succeeded) return null;
        await people.LinkUnlinkedPersonAsync(user.Id, number, email, ct);
        return user;
    }

    private static IResult Refused() => Results.Redirect("/Account/Login?external=refused");

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/')
        && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
