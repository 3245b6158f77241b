using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using NavLederprogram.HttpApi.Host.Identity;
using NavLederprogram.Identity;

namespace NavLederprogram.HttpApi.Host.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(ConnectEndpoints.RateLimitPolicy)]
public sealed class LoginModel(SignInManager<AppUser> signIn, LoginThrottle throttle) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty, DataType(DataType.Password)] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }
    public bool MissingUserName { get; private set; }
    public bool MissingPassword { get; private set; }

    public void OnGet() => Texts.RememberCulture(HttpContext);

    public async Task<IActionResult> OnPostAsync()
    {
        MissingUserName = string.IsNullOrWhiteSpace(UserName);
        MissingPassword = string.IsNullOrEmpty(Password);
        if (MissingUserName || MissingPassword) return Page();

        var userName = UserName!.Trim();
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (throttle.IsRefused(userName, address))
        {
            Error = "Login:TooManyAttempts";
            return Page();
        }

        if (await signIn.UserManager.FindByNameAsync(userName) is null)
        {
            // The same password check as for a real account, so that the time taken does not tell which usernames exist.
            var hasher = signIn.UserManager.PasswordHasher;
            unknownUserHash ??= hasher.HashPassword(new AppUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
            hasher.VerifyHashedPassword(new AppUser(), unknownUserHash, Password!);
            return Failed(userName, address);
        }
        // No lockout on failure: LoginThrottle refuses the guesser's address instead of locking the owner out.
        var result = await signIn.PasswordSignInAsync(userName, Password!, isPersistent: false, lockoutOnFailure: false);
        if (!result.Succeeded) return Failed(userName, address);
        throttle.RecordSuccess(userName, address);
        return LocalRedirect(SafeReturnUrl());
    }

    /// <summary>One answer for a wrong password, an unknown username and an account that may not sign in.</summary>
    private PageResult Failed(string userName, string? address)
    {
        throttle.RecordFailure(userName, address);
        Error = "Login:InvalidCredentials";
        return Page();
    }

    private static string? unknownUserHash;

    private string SafeReturnUrl() => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
