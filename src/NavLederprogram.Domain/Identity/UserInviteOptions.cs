namespace NavLederprogram.Identity;

/// <summary>How long the links in invite and password-reset e-mails work (configuration section <c>Identity:Invites</c>).</summary>
public sealed class UserInviteOptions
{
    public const string Section = "Identity:Invites";

    /// <summary>A set-password link works once, and only this long after it was sent.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(72);
}
