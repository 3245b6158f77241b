using NavLederprogram.Identity;

namespace NavLederprogram.Permissions;

public static class NavLederprogramPermissions
{
    public const string Prefix = "NavLederprogram";

    public static class Organisation
    {
        public const string View = Prefix + ".Organisation.View";
        public const string Manage = Prefix + ".Organisation.Manage";
    }

    public static class People
    {
        public const string View = Prefix + ".People.View";
        public const string Manage = Prefix + ".People.Manage";
        public const string Import = Prefix + ".People.Import";
    }

    public static class Jobs
    {
        public const string View = Prefix + ".Jobs.View";
    }
}

/// <summary>Every permission with the roles that get it on first seed.</summary>
public sealed class NavLederprogramPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    private static readonly string[] Admins = [RoleNames.SystemAdmin, RoleNames.KsAdmin, RoleNames.DirectorateAdmin];
    private static readonly string[] Coordinators = [RoleNames.RegionalCoordinator, RoleNames.MunicipalCoordinator];

    public IReadOnlyList<PermissionDefinition> GetPermissions() =>
    [
        new(NavLederprogramPermissions.Organisation.View, RoleNames.All),
        new(NavLederprogramPermissions.Organisation.Manage, Admins),
        new(NavLederprogramPermissions.People.View, [.. Admins, .. Coordinators, RoleNames.Facilitator]),
        new(NavLederprogramPermissions.People.Manage, [.. Admins, .. Coordinators]),
        new(NavLederprogramPermissions.People.Import, [.. Admins, RoleNames.RegionalCoordinator]),
        new(NavLederprogramPermissions.Jobs.View, Admins),
    ];
}

/// <summary>Policies that are not a stored permission.</summary>
public static class NavLederprogramPolicies
{
    /// <summary>Any signed-in person (not an integration client): their own profile and settings.</summary>
    public const string SignedInUser = "NavLederprogram.SignedInUser";
}
