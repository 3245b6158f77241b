using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using NavLederprogram.HttpApi.Host.Identity;
using NavLederprogram.Identity;

namespace NavLederprogram.HttpApi.Host.Pages.Account;

/// <summary>The second step without the authenticator: one of the recovery codes, each good once.</summary>
[AllowAnonymous]
[EnableRateLimiting(ConnectEndpoints.RateLimitPolicy)]
public sealed class LoginWithRecoveryCodeModel(SignInManager<AppUser> signIn, LoginThrottle throttle, SignInAudit audit)
    : SecondStepModel(signIn, throttle, audit)
{
    [BindProperty] public string? RecoveryCode { get; set; }

    protected override string? TypedCode => RecoveryCode;
    protected override string AuditAction => SignInAudit.RecoveryCode;
    protected override string WrongCodeError => "Login:InvalidRecoveryCode";

    protected override Task<Microsoft.AspNetCore.Identity.SignInResult> SignInAsync(SignInManager<AppUser> signIn, string code) =>
        signIn.TwoFactorRecoveryCodeSignInAsync(code.Replace(" ", "", StringComparison.Ordinal).Trim());
}
