namespace NavLederprogram.HttpApi.Host.Identity;

/// <summary>Sign-in through external OpenID Connect providers (<c>Authentication:External</c>).</summary>
public sealed class ExternalSignInOptions
{
    public const string Section = "Authentication:External";

    public List<ExternalProviderOptions> Providers { get; set; } = [];
}
