using Microsoft.AspNetCore.Identity;

namespace NavLederprogram.Identity;

/// <summary>
/// Whether a user may sign in at all (SignInManager.CanSignInAsync asks this with SignIn.RequireConfirmedAccount on): a
/// disabled user may not, whether with a password or through an external provider.
/// </summary>
public sealed class EnabledUserConfirmation : IUserConfirmation<AppUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<AppUser> manager, AppUser user) => Task.FromResult(!user.IsDisabled);
}
