using NavLederprogram.Identity;

namespace NavLederprogram.Permissions;

/// <summary>Policies that are not a stored permission.</summary>
public static class NavLederprogramPolicies
{
    /// <summary>Any signed-in person (not an integration client): their own profile and settings.</summary>
    public const string SignedInUser = "NavLederprogram.SignedInUser";
}
