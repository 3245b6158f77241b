namespace NavLederprogram.Identity;

/// <summary>The kinds of Identity data cached on each node (see <see cref="Data.IDataCache"/>).</summary>
public static class IdentityCaches
{
    /// <summary>The ids of disabled users, checked on every request so that a disabled user's tokens stop working at once.</summary>
    public const string DisabledUsers = "Identity.DisabledUsers";
    /// <summary>Permission grants per role.</summary>
    public const string Permissions = "Identity.Permissions";
    /// <summary>Each user's role assignments and their scopes.</summary>
    public const string RoleAssignments = "Identity.RoleAssignments";
}
