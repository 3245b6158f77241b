using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using NavLederprogram.HttpApi.Host.Identity;
using NavLederprogram.Identity;

namespace NavLederprogram.HttpApi.Host.Pages.Account;

/// <summary>The second step for a user with an authenticator: the six-digit code it shows now.</summary>
[AllowAnonymous]
[EnableRateLimiting(ConnectEndpoints.RateLimitPolicy)]
public sealed class LoginWith2faModel(SignInManager<AppUser> signIn, LoginThrottle throttle, SignInAudit audit) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }
    public bool MissingCode { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Texts.RememberCulture(HttpContext);
        // Only after the password step: the page means nothing on its own.
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Login", new { ReturnUrl }) : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("Login", new { ReturnUrl });
        MissingCode = string.IsNullOrWhiteSpace(Code);
        if (MissingCode) return Page();

        var key = TwoFactorCodes.ThrottleKey(user);
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (throttle.IsRefused(key, address))
        {
            Error = "Login:TooManyAttempts";
            return Page();
        }
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(TwoFactorCodes.Clean(Code!), isPersistent: false,
            rememberClient: false);
        if (!result.Succeeded)
        {
            throttle.RecordFailure(key, address);
            await audit.FailedAsync(SignInAudit.TwoFactor, user.Id, result.IsNotAllowed || result.IsLockedOut ? "NotAllowed" : "WrongCode");
            Error = "Login:InvalidCode";
            return Page();
        }
        throttle.RecordSuccess(key, address);
        await audit.SucceededAsync(SignInAudit.TwoFactor, user.Id);
        return LocalRedirect(TwoFactorCodes.SafeReturnUrl(Url, ReturnUrl));
    }
}
