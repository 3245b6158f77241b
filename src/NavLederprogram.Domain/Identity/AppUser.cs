using Microsoft.AspNetCore.Identity;

namespace NavLederprogram.Identity;

public class AppUser : IdentityUser<Guid>
{
    public string Name { get; set; } = "";
    public string? PreferredCulture { get; set; }
    public ICollection<AppUserRole> Roles { get; } = [];

    public AppUser() { }

    public AppUser(Guid id, string userName, string email, string name)
    {
        Id = id;
        UserName = userName;
        Email = email;
        Name = name;
        EmailConfirmed = true;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }
}

public class AppRole : IdentityRole<Guid>
{
    public AppRole() { }

    public AppRole(Guid id, string name) : base(name) => Id = id;
}

/// <summary>A role assignment, optionally limited to a region, municipality or office.</summary>
public class AppUserRole : IdentityUserRole<Guid>
{
    public ScopeKind? ScopeKind { get; set; }
    public Guid? ScopeId { get; set; }
}

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

public interface IPermissionGrantRepository
{
    Task<IReadOnlyList<PermissionGrant>> GetListAsync(CancellationToken ct = default);
    Task InsertAsync(PermissionGrant grant, CancellationToken ct = default);
}
