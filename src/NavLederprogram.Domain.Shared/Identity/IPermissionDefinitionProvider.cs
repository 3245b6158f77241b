namespace NavLederprogram.Identity;

/// <summary>Lists the permissions of the application; implemented where the permission names live.</summary>
public interface IPermissionDefinitionProvider
{
    IReadOnlyList<PermissionDefinition> GetPermissions();
}
