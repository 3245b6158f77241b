using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NavLederprogram.HttpApi.Host.Identity;
using NavLederprogram.Identity;

namespace NavLederprogram.HttpApi.Host.Pages.Account;

/// <summary>
/// The step after the password for a user with two-step sign-in: a code they type, throttled and audited the same way
/// whether it comes from the authenticator or from the recovery codes.
/// </summary>
public abstract class SecondStepModel(SignInManager<AppUser> signIn, LoginThrottle throttle, SignInAudit audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }
    public bool MissingCode { get; private set; }

    /// <summary>The code as typed.</summary>
    protected abstract string? TypedCode { get; }
    /// <summary>The audit action the attempt is recorded under.</summary>
    protected abstract string AuditAction { get; }
    /// <summary>The text key shown for a wrong code.</summary>
    protected abstract string WrongCodeError { get; }
    protected abstract Task<Microsoft.AspNetCore.Identity.SignInResult> SignInAsync(SignInManager<AppUser> signIn, string code);

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
        MissingCode = string.IsNullOrWhiteSpace(TypedCode);
        if (MissingCode) return Page();

        var key = TwoFactorCodes.ThrottleKey(user);
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (throttle.IsRefused(key, address))
        {
            Error = "Login:TooManyAttempts";
            return Page();
        }
        var result = await SignInAsync(signIn, TypedCode!);
        if (!result.Succeeded)
        {
            throttle.RecordFailure(key, address);
            await audit.FailedAsync(AuditAction, user.Id, result.IsNotAllowed || result.IsLockedOut ? "NotAllowed" : "WrongCode");
            Error = WrongCodeError;
            return Page();
        }
        throttle.RecordSuccess(key, address);
        await audit.SucceededAsync(AuditAction, user.Id);
        return LocalRedirect(TwoFactorCodes.SafeReturnUrl(Url, ReturnUrl));
    }
}
