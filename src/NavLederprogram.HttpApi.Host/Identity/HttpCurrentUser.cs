using System.Security.Claims;
using NavLederprogram.Identity;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace NavLederprogram.HttpApi.Host.Identity;

/// <summary>The caller of the current request, read from the validated access token.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public const string ClientKindClaim = "navleder_kind";
    public const string ClientKind = "client";

    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public bool IsAuthenticated => User?.Identity?.IsAuthenticated == true;

    public Guid? Id => ClientId is null && Guid.TryParse(User?.FindFirstValue(Claims.Subject), out var id) ? id : null;

    public string? UserName => User?.FindFirstValue(Claims.PreferredUsername) ?? User?.Identity?.Name;

    public IReadOnlyList<string> Roles => User?.FindAll(Claims.Role).Select(c => c.Value).ToList() ?? [];

    public string? ClientId => User?.FindFirstValue(ClientKindClaim) == ClientKind ? User.FindFirstValue(Claims.Subject) : null;
}
