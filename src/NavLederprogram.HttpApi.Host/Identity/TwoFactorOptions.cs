namespace NavLederprogram.HttpApi.Host.Identity;

/// <summary>Who must sign in with a second factor (<c>Identity:TwoFactor</c>).</summary>
public sealed class TwoFactorOptions
{
    public const string Section = "Identity:TwoFactor";

    /// <summary>False turns the requirement off (the demo and test settings), so that demo log-ins need no authenticator.</summary>
    public bool Required { get; set; } = true;

    /// <summary>Holders of any of these roles must enrol an authenticator before they reach the app.</summary>
    public string[] RequiredForRoles { get; set; } = [];
}
