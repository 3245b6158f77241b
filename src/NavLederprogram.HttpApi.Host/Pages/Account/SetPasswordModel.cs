using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using NavLederprogram.HttpApi.Host.Identity;
using NavLederprogram.Identity;

namespace NavLederprogram.HttpApi.Host.Pages.Account;

/// <summary>
/// Where the links of invite and password-reset e-mails lead. The token decides everything: an expired, reused or altered link
/// changes nothing and says so. An invite sets the first password; a reset replaces the password.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(ConnectEndpoints.RateLimitPolicy)]
public sealed class SetPasswordModel(UserManager<AppUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? UserId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Purpose { get; set; }
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty, DataType(DataType.Password)] public string? Password { get; set; }
    [BindProperty, DataType(DataType.Password)] public string? ConfirmPassword { get; set; }

    public bool LinkInvalid { get; private set; }
    public bool Done { get; private set; }
    public string? UserName { get; private set; }
    public IReadOnlyList<string> PasswordErrors { get; private set; } = [];
    public bool MissingPassword { get; private set; }
    public bool Mismatch { get; private set; }

    public async Task OnGetAsync()
    {
        Texts.RememberCulture(HttpContext);
        await FindUserAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await FindUserAsync();
        if (user is null) return Page();
        MissingPassword = string.IsNullOrEmpty(Password);
        Mismatch = !MissingPassword && Password != ConfirmPassword;
        if (MissingPassword || Mismatch) return Page();

        // Both change the security stamp, so this link, and any other sent before it, stops working.
        var result = Purpose == SetPasswordTokens.InvitePurpose
            ? await users.AddPasswordAsync(user, Password!)
            : await users.ResetPasswordAsync(user, Token!, Password!);
        if (!result.Succeeded)
        {
            PasswordErrors = [.. result.Errors.Select(e => e.Code.StartsWith("Password:", StringComparison.Ordinal) ? e.Code : "Account:SetPasswordFailed").Distinct()];
            return Page();
        }
        // Following an invite link proves the address the invite went to.
        if (!user.EmailConfirmed) await users.ConfirmEmailAsync(user, await users.GenerateEmailConfirmationTokenAsync(user));
        Done = true;
        return Page();
    }

    /// <summary>The user the link is for, if the link is valid now; a disabled user's link is no link.</summary>
    private async Task<AppUser?> FindUserAsync()
    {
        var user = UserId is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        var valid = user is { IsDisabled: false } && !string.IsNullOrEmpty(Token)
            && Purpose is SetPasswordTokens.InvitePurpose or SetPasswordTokens.ResetPurpose
            && (Purpose != SetPasswordTokens.InvitePurpose || !await users.HasPasswordAsync(user))
            && await users.VerifyUserTokenAsync(user, SetPasswordTokens.Provider, Purpose, Token);
        LinkInvalid = !valid;
        UserName = valid ? user!.UserName : null;
        return valid ? user : null;
    }
}
