namespace NavLederprogram.Identity;

/// <summary>The kinds of Identity data cached on each node (see <see cref="Data.IDataCache"/>).</summary>
public static class IdentityCaches
{
    /// <summary>Permission grants per role.</summary>
    public const string Permissions = "Identity.Permissions";
    /// <summary>Each user's role assignments and their scopes.</summary>
    public const string RoleAssignments = "Identity.RoleAssignments";
}
