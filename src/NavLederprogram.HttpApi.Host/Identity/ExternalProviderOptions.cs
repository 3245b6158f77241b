namespace NavLederprogram.HttpApi.Host.Identity;

/// <summary>One OpenID Connect provider users may sign in through, e.g. the organisation's Entra ID.</summary>
public sealed class ExternalProviderOptions
{
    /// <summary>A short stable name: part of the stored external logins, so renaming it unlinks every user.</summary>
    public string Name { get; set; } = "";
    /// <summary>Shown on the button "Logg inn med …".</summary>
    public string DisplayName { get; set; } = "";
    public string Issuer { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string[] Scopes { get; set; } = ["openid", "profile", "email"];
    /// <summary>The claim that finds an existing user the first time: <c>email</c> or <c>employee_number</c>.</summary>
    public string MatchClaim { get; set; } = ExternalSignIn.EmailClaim;
    /// <summary>Whether someone the provider vouches for but who has no user here gets one (with no roles).</summary>
    public bool CreateUsers { get; set; }
}
