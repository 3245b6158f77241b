using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NavLederprogram.HttpApi.Host.Identity;
using NavLederprogram.Identity;

namespace NavLederprogram.HttpApi.Host.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(ConnectEndpoints.RateLimitPolicy)]
public sealed class LoginModel(
    SignInManager<AppUser> signIn,
    LoginThrottle throttle,
    TwoFactorPolicy twoFactor,
    SignInAudit audit,
    IOptions<LocalPasswordOptions> localPasswords,
    IOptions<ExternalSignInOptions> external) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty, DataType(DataType.Password)] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    /// <summary>Set by the way back from an external provider that refused or could not be matched.</summary>
    [BindProperty(SupportsGet = true, Name = "external")] public string? ExternalResult { get; set; }

    public string? Error { get; private set; }
    public bool MissingUserName { get; private set; }
    public bool MissingPassword { get; private set; }
    public bool PasswordsEnabled => localPasswords.Value.Enabled;
    public IReadOnlyList<ExternalProviderOptions> Providers => external.Value.Providers;

    public void OnGet()
    {
        Texts.RememberCulture(HttpContext);
        if (ExternalResult == "refused") Error = "Login:ExternalRefused";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!PasswordsEnabled)
        {
            // Turned off on the server, not only hidden: a posted password is never checked.
            Error = "Login:PasswordsDisabled";
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        MissingUserName = string.IsNullOrWhiteSpace(UserName);
        MissingPassword = string.IsNullOrEmpty(Password);
        if (MissingUserName || MissingPassword) return Page();

        var userName = UserName!.Trim();
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (throttle.IsRefused(userName, address))
        {
            Error = "Login:TooManyAttempts";
            await audit.FailedAsync(SignInAudit.Password, null, "Throttled");
            return Page();
        }

        var user = await signIn.UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            // The same password check as for a real account, so that the time taken does not tell which usernames exist.
            var hasher = signIn.UserManager.PasswordHasher;
            unknownUserHash ??= hasher.HashPassword(new AppUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
            hasher.VerifyHashedPassword(new AppUser(), unknownUserHash, Password!);
            return await FailedAsync(userName, address, null, "UnknownUser");
        }
        // No lockout on failure: LoginThrottle refuses the guesser's address instead of locking the owner out.
        // The check also refuses a user who may not sign in (disabled, locked) with the same answer as a wrong password.
        var result = await signIn.CheckPasswordSignInAsync(user, Password!, lockoutOnFailure: false);
        if (!result.Succeeded) return await FailedAsync(userName, address, user.Id, result.IsNotAllowed || result.IsLockedOut ? "NotAllowed" : "WrongPassword");
        throttle.RecordSuccess(userName, address);

        if (await signIn.UserManager.GetTwoFactorEnabledAsync(user))
        {
            await TwoFactorPolicy.RememberPasswordStepAsync(HttpContext, user);
            return RedirectToPage("LoginWith2fa", new { ReturnUrl = SafeReturnUrl() });
        }
        if (await twoFactor.IsRequiredAsync(user))
        {
            // An admin without an authenticator sets one up now, before anything else: until then they are not signed in.
            await TwoFactorPolicy.RememberPasswordStepAsync(HttpContext, user);
            return RedirectToPage("EnableAuthenticator", new { ReturnUrl = SafeReturnUrl() });
        }
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "pwd");
        await audit.SucceededAsync(SignInAudit.Password, user.Id);
        return LocalRedirect(SafeReturnUrl());
    }

    /// <summary>One answer for a wrong password, an unknown username and an account that may not sign in.</summary>
    private async Task<PageResult> FailedAsync(string userName, string? address, Guid? userId, string reason)
    {
        throttle.RecordFailure(userName, address);
        await audit.FailedAsync(SignInAudit.Password, userId, reason);
        Error = "Login:InvalidCredentials";
        return Page();
    }

    private static string? unknownUserHash;

    private string SafeReturnUrl() => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
