using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using NavLederprogram.Identity;
using NavLederprogram.Permissions;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace NavLederprogram.HttpApi.Host.Identity;

public sealed class PermissionHandler(IPermissionChecker checker) : AuthorizationHandler<PermissionRequirement>
{
    /// <summary>Integration clients hold no roles; their OAuth scope grants exactly one permission.</summary>
    private static readonly Dictionary<string, string> ClientScopePermissions = new()
    {
        [ClientIds.HrImportScope] = NavLederprogramPermissions.People.Import,
    };

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.FindFirst(HttpCurrentUser.ClientKindClaim) is not null)
        {
            var scopes = context.User.FindAll(Claims.Private.Scope).SelectMany(c => c.Value.Split(' '));
            if (scopes.Any(s => ClientScopePermissions.GetValueOrDefault(s) == requirement.Permission)) context.Succeed(requirement);
            return;
        }
        var roles = context.User.FindAll(Claims.Role).Select(c => c.Value).ToList();
        if (roles.Count > 0 && await checker.IsGrantedAsync(roles, requirement.Permission)) context.Succeed(requirement);
    }
}
