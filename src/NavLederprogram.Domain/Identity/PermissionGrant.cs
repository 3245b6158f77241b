using Microsoft.AspNetCore.Identity;

namespace NavLederprogram.Identity;

/// <summary>A permission granted to a role, stored so that admins can change grants without a release.</summary>
public class PermissionGrant
{
    public Guid Id { get; private set; }
    public string RoleName { get; private set; } = "";
    public string PermissionName { get; private set; } = "";

    private PermissionGrant() { }

    public PermissionGrant(Guid id, string roleName, string permissionName)
    {
        Id = id;
        RoleName = roleName;
        PermissionName = permissionName;
    }
}
