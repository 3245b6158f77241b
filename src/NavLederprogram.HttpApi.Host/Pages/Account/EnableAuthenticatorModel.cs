using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using NavLederprogram.HttpApi.Host.Identity;
using NavLederprogram.Identity;
using QRCoder;

namespace NavLederprogram.HttpApi.Host.Pages.Account;

/// <summary>
/// Setting up an authenticator app: by a signed-in user from their security page, or on the way in by a user who must
/// have one (an admin) and has passed the password step — they are signed in only once a code from the app checks out.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(ConnectEndpoints.RateLimitPolicy)]
public sealed class EnableAuthenticatorModel(SignInManager<AppUser> signIn, LoginThrottle throttle, SignInAudit audit) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty] public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string SharedKey { get; private set; } = "";
    public string QrCodeDataUri { get; private set; } = "";
    public bool OnTheWayIn { get; private set; }
    public string? Error { get; private set; }
    public bool MissingCode { get; private set; }
    /// <summary>Shown once, right after the authenticator is turned on.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Texts.RememberCulture(HttpContext);
        var user = await CurrentUserAsync();
        if (user is null) return RedirectToPage("Login", new { ReturnUrl });
        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await CurrentUserAsync();
        if (user is null) return RedirectToPage("Login", new { ReturnUrl });
        var users = signIn.UserManager;
        MissingCode = string.IsNullOrWhiteSpace(Code);
        if (MissingCode)
        {
            await LoadKeyAsync(user);
            return Page();
        }
        var key = TwoFactorCodes.ThrottleKey(user);
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (throttle.IsRefused(key, address)
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, TwoFactorCodes.Clean(Code!)))
        {
            throttle.RecordFailure(key, address);
            if (OnTheWayIn) await audit.FailedAsync(SignInAudit.TwoFactor, user.Id, "WrongEnrolmentCode");
            Error = "Account:InvalidEnrolmentCode";
            await LoadKeyAsync(user);
            return Page();
        }
        throttle.RecordSuccess(key, address);
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        if (OnTheWayIn)
        {
            await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
            await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "mfa");
            await audit.SucceededAsync(SignInAudit.TwoFactor, user.Id, "Enrolled");
        }
        else
        {
            // Turning the authenticator on changed the security stamp: the sign-in cookie is renewed so it stays valid.
            await signIn.RefreshSignInAsync(user);
        }
        ReturnUrl = TwoFactorCodes.SafeReturnUrl(Url, ReturnUrl);
        return Page();
    }

    /// <summary>The signed-in user, or the one between the password and the second step who has no authenticator yet.</summary>
    private async Task<AppUser?> CurrentUserAsync()
    {
        var users = signIn.UserManager;
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } signedIn) return signedIn;
        var pending = await signIn.GetTwoFactorAuthenticationUserAsync();
        // Whoever already has an authenticator proves it with a code; knowing the password must not let anyone replace it.
        if (pending is null || await users.GetTwoFactorEnabledAsync(pending)) return null;
        OnTheWayIn = true;
        return pending;
    }

    private async Task LoadKeyAsync(AppUser user)
    {
        var users = signIn.UserManager;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        SharedKey = TwoFactorCodes.Grouped(key!);
        var label = Uri.EscapeDataString($"NavLederprogram:{(string.IsNullOrEmpty(user.Email) ? user.UserName : user.Email)}");
        var uri = $"otpauth://totp/{label}?secret={key}&issuer=NavLederprogram&digits=6";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }
}
