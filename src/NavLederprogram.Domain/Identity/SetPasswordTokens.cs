namespace NavLederprogram.Identity;

/// <summary>
/// The token provider and purposes of set-password links. A token is bound to the user's security stamp, which setting a password
/// changes: a link works once, and a newer invite or reset makes the older links stop working.
/// </summary>
public static class SetPasswordTokens
{
    public const string Provider = "SetPassword";
    public const string InvitePurpose = "Invite";
    /// <summary>The purpose UserManager gives password-reset tokens (its ResetPasswordTokenPurpose).</summary>
    public const string ResetPurpose = "ResetPassword";

    /// <summary>The page opens in the language of the e-mail, <paramref name="culture"/>.</summary>
    public static string Link(Guid userId, string purpose, string token, string culture) =>
        $"/Account/SetPassword?culture={culture}&ui-culture={culture}&userId={userId}&purpose={Uri.EscapeDataString(purpose)}&token={Uri.EscapeDataString(token)}";
}
