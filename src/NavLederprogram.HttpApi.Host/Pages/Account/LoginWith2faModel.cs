using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using NavLederprogram.HttpApi.Host.Identity;
using NavLederprogram.Identity;

namespace NavLederprogram.HttpApi.Host.Pages.Account;

/// <summary>The second step for a user with an authenticator: the six-digit code it shows now.</summary>
[AllowAnonymous]
[EnableRateLimiting(ConnectEndpoints.RateLimitPolicy)]
public sealed class LoginWith2faModel(SignInManager<AppUser> signIn, LoginThrottle throttle, SignInAudit audit)
    : SecondStepModel(signIn, throttle, audit)
{
    [BindProperty] public string? Code { get; set; }

    protected override string? TypedCode => Code;
    protected override string AuditAction => SignInAudit.TwoFactor;
    protected override string WrongCodeError => "Login:InvalidCode";

    protected override Task<Microsoft.AspNetCore.Identity.SignInResult> SignInAsync(SignInManager<AppUser> signIn, string code) =>
        signIn.TwoFactorAuthenticatorSignInAsync(TwoFactorCodes.Clean(code), isPersistent: false, rememberClient: false);
}
