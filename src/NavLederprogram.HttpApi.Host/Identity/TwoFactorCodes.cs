using Microsoft.AspNetCore.Mvc;
using NavLederprogram.Identity;

namespace NavLederprogram.HttpApi.Host.Identity;

/// <summary>What the code pages share: how a typed code is read, and where guessing is counted.</summary>
public static class TwoFactorCodes
{
    /// <summary>Authenticator apps show "123 456"; people type it with the space, or a dash.</summary>
    public static string Clean(string code) =>
        code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();

    /// <summary>Codes are guessed per user, after a correct password: counted apart from the password guesses.</summary>
    public static string ThrottleKey(AppUser user) => $"2fa:{user.Id}";

    public static string SafeReturnUrl(IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : "/";

    /// <summary>The shared key in groups of four, as authenticator apps ask for it when typed by hand.</summary>
    public static string Grouped(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(group => new string(group)));
}
