namespace NavLederprogram.HttpApi.Host.Identity;

/// <summary>Whether users may sign in with a password kept here (<c>Authentication:LocalPasswords</c>).</summary>
public sealed class LocalPasswordOptions
{
    public const string Section = "Authentication:LocalPasswords";

    /// <summary>
    /// False when everyone signs in through the organisation's provider: the form is gone and a posted password is refused.
    /// </summary>
    public bool Enabled { get; set; } = true;
}
