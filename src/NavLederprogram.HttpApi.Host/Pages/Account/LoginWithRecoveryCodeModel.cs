using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using NavLederprogram.HttpApi.Host.Identity;
using NavLederprogram.Identity;

namespace NavLederprogram.HttpApi.Host.Pages.Account;

/// <summary>The second step without the authenticator: one of the recovery codes, each good once.</summary>
[AllowAnonymous]
[EnableRateLimiting(ConnectEndpoints.RateLimitPolicy)]
public sealed class LoginWithRecoveryCodeModel(SignInManager<AppUser> signIn, LoginThrottle throttle, SignInAudit audit) : PageModel
{
    [BindProperty] public string? RecoveryCode { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }
    public bool MissingCode { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Texts.RememberCulture(HttpContext);
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Login", new { ReturnUrl }) : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("Login", new { ReturnUrl });
        MissingCode = string.IsNullOrWhiteSpace(RecoveryCode);
        if (MissingCode) return Page();

        var key = TwoFactorCodes.ThrottleKey(user);
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (throttle.IsRefused(key, address))
        {
            Error = "Login:TooManyAttempts";
            return Page();
        }
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(RecoveryCode!.Replace(" ", "", StringComparison.Ordinal).Trim());
        if (!result.Succeeded)
        {
            throttle.RecordFailure(key, address);
            var reason = result.IsNotAllowed || result.IsLockedOut ? "NotAllowed" : "WrongCode";
            await audit.FailedAsync(SignInAudit.RecoveryCode, user.Id, reason);
            Error = "Login:InvalidRecoveryCode";
            return Page();
        }
        throttle.RecordSuccess(key, address);
        await audit.SucceededAsync(SignInAudit.RecoveryCode, user.Id);
        return LocalRedirect(TwoFactorCodes.SafeReturnUrl(Url, ReturnUrl));
    }
}
