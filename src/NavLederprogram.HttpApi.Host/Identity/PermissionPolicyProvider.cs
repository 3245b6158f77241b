using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using NavLederprogram.Identity;
using NavLederprogram.Permissions;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace NavLederprogram.HttpApi.Host.Identity;

/// <summary>Each permission name is a policy: bearer token required, permission granted to one of the caller's roles.</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(NavLederprogramPermissions.Prefix + ".", StringComparison.Ordinal))
            return await base.GetPolicyAsync(policyName);
        var builder = new AuthorizationPolicyBuilder(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme).RequireAuthenticatedUser();
        return policyName == NavLederprogramPolicies.SignedInUser
            ? builder.RequireAssertion(c => c.User.FindFirst(HttpCurrentUser.ClientKindClaim) is null).Build()
            : builder.AddRequirements(new PermissionRequirement(policyName)).Build();
    }
}
