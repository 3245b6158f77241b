namespace NavLederprogram.Identity;

/// <summary>Authorization roles (not job roles held in an office).</summary>
public static class RoleNames
{
    public const string SystemAdmin = "SystemAdmin";
    public const string KsAdmin = "KsAdmin";
    public const string DirectorateAdmin = "DirectorateAdmin";
    public const string RegionalCoordinator = "RegionalCoordinator";
    public const string MunicipalCoordinator = "MunicipalCoordinator";
    public const string Facilitator = "Facilitator";
    public const string PeerSupervisor = "PeerSupervisor";
    public const string Leader = "Leader";

    public static readonly IReadOnlyList<string> All =
    [
        SystemAdmin, KsAdmin, DirectorateAdmin, RegionalCoordinator,
        MunicipalCoordinator, Facilitator, PeerSupervisor, Leader,
    ];
}

/// <summary>What part of the country a role assignment is limited to.</summary>
public enum ScopeKind
{
    Region = 1,
    Municipality = 2,
    Office = 3,
}

/// <summary>A permission and the roles that hold it by default (seeded as grants).</summary>
public sealed record PermissionDefinition(string Name, IReadOnlyList<string> DefaultRoles);

/// <summary>Lists the permissions of the application; implemented where the permission names live.</summary>
public interface IPermissionDefinitionProvider
{
    IReadOnlyList<PermissionDefinition> GetPermissions();
}
