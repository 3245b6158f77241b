namespace NavLederprogram.ExternalProvider;

/// <summary>The one client this provider serves: the NavLederprogram host under test (<c>Provider</c> section).</summary>
public sealed class ExternalProviderSettings
{
    public const string Section = "Provider";

    public string ClientId { get; set; } = "navlederprogram";
    public string ClientSecret { get; set; } = "external-provider-secret";
    public List<string> RedirectUris { get; set; } = [];
    /// <summary>
    /// The issuer to announce; by default the address it is reached at. Another value makes a provider nobody should trust.
    /// </summary>
    public string? Issuer { get; set; }
}
