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

    public static class Competence
    {
        public const string View = Prefix + ".Competence.View";
        public const string ManageCatalogue = Prefix + ".Competence.ManageCatalogue";
        public const string ManageRequirements = Prefix + ".Competence.ManageRequirements";
        public const string ApproveEvidence = Prefix + ".Competence.ApproveEvidence";
        /// <summary>Gap reports within the viewer's scope; a leader without a wider scope sees the office they lead.</summary>
        public const string ViewGaps = Prefix + ".Competence.ViewGaps";
        public const string AssessPeople = Prefix + ".Competence.AssessPeople";
    }

    public static class Programmes
    {
        public const string View = Prefix + ".Programmes.View";
        public const string Edit = Prefix + ".Programmes.Edit";
        /// <summary>Approve a version for one of the two owners: KS or the directorate, by the approver's role.</summary>
        public const string Approve = Prefix + ".Programmes.Approve";
    }

    public static class Cohorts
    {
        public const string View = Prefix + ".Cohorts.View";
        public const string Manage = Prefix + ".Cohorts.Manage";
        public const string Nominate = Prefix + ".Cohorts.Nominate";
        /// <summary>Approve, reject and withdraw enrolments of others.</summary>
        public const string ManageEnrolments = Prefix + ".Cohorts.ManageEnrolments";
        /// <summary>Register attendance and assess assignments in the cohorts one facilitates (admins: every cohort in scope).</summary>
        public const string Facilitate = Prefix + ".Cohorts.Facilitate";
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
    private static readonly string[] ProgrammeOwners = [RoleNames.KsAdmin, RoleNames.DirectorateAdmin];
    private static readonly string[] Coordinators = [RoleNames.RegionalCoordinator, RoleNames.MunicipalCoordinator];

    public IReadOnlyList<PermissionDefinition> GetPermissions() =>
    [
        new(NavLederprogramPermissions.Organisation.View, RoleNames.All),
        new(NavLederprogramPermissions.Organisation.Manage, Admins),
        new(NavLederprogramPermissions.People.View, [.. Admins, .. Coordinators, RoleNames.Facilitator]),
        new(NavLederprogramPermissions.People.Manage, [.. Admins, .. Coordinators]),
        new(NavLederprogramPermissions.People.Import, [.. Admins, RoleNames.RegionalCoordinator]),
        new(NavLederprogramPermissions.Competence.View, RoleNames.All),
        new(NavLederprogramPermissions.Competence.ManageCatalogue, Admins),
        new(NavLederprogramPermissions.Competence.ManageRequirements, Admins),
        new(NavLederprogramPermissions.Competence.ApproveEvidence, [.. Admins, .. Coordinators]),
        new(NavLederprogramPermissions.Competence.ViewGaps, [.. Admins, .. Coordinators, RoleNames.Leader]),
        new(NavLederprogramPermissions.Competence.AssessPeople, [.. Admins, .. Coordinators, RoleNames.Leader]),
        new(NavLederprogramPermissions.Programmes.View, RoleNames.All),
        new(NavLederprogramPermissions.Programmes.Edit, ProgrammeOwners),
        new(NavLederprogramPermissions.Programmes.Approve, ProgrammeOwners),
        new(NavLederprogramPermissions.Cohorts.View, RoleNames.All),
        new(NavLederprogramPermissions.Cohorts.Manage, ProgrammeOwners),
        new(NavLederprogramPermissions.Cohorts.Nominate, [.. ProgrammeOwners, .. Coordinators]),
        new(NavLederprogramPermissions.Cohorts.ManageEnrolments, ProgrammeOwners),
        new(NavLederprogramPermissions.Cohorts.Facilitate, [.. ProgrammeOwners, RoleNames.Facilitator]),
        new(NavLederprogramPermissions.Jobs.View, Admins),
    ];
}

/// <summary>Policies that are not a stored permission.</summary>
public static class NavLederprogramPolicies
{
    /// <summary>Any signed-in person (not an integration client): their own profile and settings.</summary>
    public const string SignedInUser = "NavLederprogram.SignedInUser";
}
