using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NavLederprogram.Identity;

namespace NavLederprogram.HttpApi.Host.Identity;

/// <summary>Whether a user must have an authenticator before they get in: holders of an admin or coordinator role.</summary>
public sealed class TwoFactorPolicy(IOptions<TwoFactorOptions> options, IRoleAssignmentRepository assignments)
{
    public async Task<bool> IsRequiredAsync(AppUser user, CancellationToken ct = default)
    {
        var o = options.Value;
        if (!o.Required || o.RequiredForRoles.Length == 0) return false;
        var roles = (await assignments.GetAssignmentsAsync(user.Id, ct)).Select(a => a.RoleName);
        return roles.Any(r => o.RequiredForRoles.Contains(r, StringComparer.Ordinal));
    }

    /// <summary>
    /// Remembers who passed the password step without signing them in: the same cookie Identity uses between the password
    /// and the code, which no page of the app accepts as a sign-in.
    /// </summary>
    public static Task RememberPasswordStepAsync(HttpContext context, AppUser user) =>
        context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new System.Security.Claims.ClaimsPrincipal(
            new System.Security.Claims.ClaimsIdentity([new(System.Security.Claims.ClaimTypes.Name, user.Id.ToString())],
                IdentityConstants.TwoFactorUserIdScheme)));
}
