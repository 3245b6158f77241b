using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NavLederprogram.Data;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace NavLederprogram.Identity;

public sealed class IdentitySeedOptions
{
    public const string Section = "Identity";

    /// <summary>Origins the Angular client may redirect to after sign-in and sign-out.</summary>
    public List<string> AppRootUrls { get; set; } = [];
    public string HrClientId { get; set; } = "NavLederprogram_HrIntegration";
    public string? HrClientSecret { get; set; }
    /// <summary>Creates one demo user per role; for the embedded default and tests, never in production.</summary>
    public bool SeedDemoUsers { get; set; }
    public string DemoPassword { get; set; } = "Demo123!";
}
