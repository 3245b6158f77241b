using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NavLederprogram.HttpApi.Host.Identity;
using NavLederprogram.Identity;

namespace NavLederprogram.HttpApi.Host.Pages.Account;

/// <summary>The signed-in user's own sign-in security: whether two-step sign-in is on, new recovery codes, a new authenticator.</summary>
[Authorize(Policy = ConnectEndpoints.SignInCookiePolicy)]
public sealed class SecurityModel(SignInManager<AppUser> signIn, TwoFactorPolicy policy) : PageModel
{
    public bool TwoFactorEnabled { get; private set; }
    public bool TwoFactorRequired { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Texts.RememberCulture(HttpContext);
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null) return Challenge();
        await LoadAsync(user);
        return Page();
    }

    /// <summary>New codes replace the old ones, which stop working: for a user who has used or lost them.</summary>
    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!await signIn.UserManager.GetTwoFactorEnabledAsync(user)) return RedirectToPage();
        var codes = await signIn.UserManager.GenerateNewTwoFactorRecoveryCodesAsync(user, EnableAuthenticatorModel.RecoveryCodeCount);
        RecoveryCodes = [.. codes ?? []];
        await LoadAsync(user);
        return Page();
    }

    /// <summary>For a lost or replaced phone: the old key stops working at once and a new one is set up.</summary>
    public async Task<IActionResult> OnPostResetAsync()
    {
        var users = signIn.UserManager;
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage("EnableAuthenticator", new { ReturnUrl = "/Account/Security" });
    }

    private async Task LoadAsync(AppUser user)
    {
        TwoFactorEnabled = await signIn.UserManager.GetTwoFactorEnabledAsync(user);
        TwoFactorRequired = await policy.IsRequiredAsync(user);
        RecoveryCodesLeft = TwoFactorEnabled ? await signIn.UserManager.CountRecoveryCodesAsync(user) : 0;
    }
}
