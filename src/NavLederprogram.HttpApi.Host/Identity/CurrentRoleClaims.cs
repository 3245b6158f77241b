using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using NavLederprogram.Identity;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace NavLederprogram.HttpApi.Host.Identity;

/// <summary>
/// A signed-in user's roles are the ones assigned now, not the ones written into the access token at sign-in: a role
/// taken away counts from the next request, not only when the token expires. The assignments come from the node's
/// cache (<see cref="IdentityCaches.RoleAssignments"/>), so this costs no statement on a warm node. The same goes for a disabled
/// user (<see cref="IdentityCaches.DisabledUsers"/>).
/// </summary>
public sealed class CurrentRoleClaims(IRoleAssignmentQueries assignments, IUserStatusQueries status) : IClaimsTransformation
{
    // Authentication may run more than once per request; the principal is marked once its roles are current.
    private const string CurrentMarker = "navleder_roles_current";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity
            || identity.HasClaim(c => c.Type == CurrentMarker)
            || identity.HasClaim(c => c.Type == HttpCurrentUser.ClientKindClaim)
            || !Guid.TryParse(identity.FindFirst(Claims.Subject)?.Value, out var userId))
            return principal;
        // A disabled user's token, cookie or not, stops working at the next request: the caller is nobody.
        if (await status.IsDisabledAsync(userId)) return new ClaimsPrincipal(new ClaimsIdentity());

        var current = principal.Clone();
        var currentIdentity = (ClaimsIdentity)current.Identity!;
        foreach (var stale in currentIdentity.FindAll(Claims.Role).ToList()) currentIdentity.RemoveClaim(stale);
        foreach (var role in (await assignments.GetAssignmentsAsync(userId)).Select(a => a.RoleName).Distinct())
            currentIdentity.AddClaim(new Claim(Claims.Role, role));
        currentIdentity.AddClaim(new Claim(CurrentMarker, "1"));
        return current;
    }
}
