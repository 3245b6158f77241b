using NavLederprogram.Identity;

namespace NavLederprogram.Permissions;

/// <summary>Every permission with the roles that get it on first seed.</summary>
public sealed class NavLederprogramPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    private static readonly string[] Admins = [RoleNames.SystemAdmin, RoleNames.KsAdmin, RoleNames.DirectorateAdmin];
    private static readonly string[] ProgrammeOwners = [RoleNames.KsAdmin, RoleNames.DirectorateAdmin];
    private static readonly string[] Coordinators = [RoleNames.RegionalCoordinator, RoleNames.MunicipalCoordinator];
    private static readonly string[] CourseOwners = [RoleNames.KsAdmin, RoleNames.DirectorateAdmin, RoleNames.CourseEditor];

    public IReadOnlyList<PermissionDefinition> GetPermissions() =>
    [
        new(NavLederprogramPermissions.Identity.ManageUsers, [RoleNames.SystemAdmin, .. Coordinators]),
        new(NavLederprogramPermissions.Identity.ManageGrants, [RoleNames.SystemAdmin]),
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
        new(NavLederprogramPermissions.ELearning.View, RoleNames.All),
        new(NavLederprogramPermissions.ELearning.Edit, CourseOwners),
        new(NavLederprogramPermissions.ELearning.Assign, [.. Admins, .. Coordinators]),
        new(NavLederprogramPermissions.ELearning.ViewProgress, [.. Admins, .. Coordinators]),
        new(NavLederprogramPermissions.PeerSupervision.View, RoleNames.All),
        new(NavLederprogramPermissions.PeerSupervision.ManageGroups, [.. Admins, .. Coordinators, RoleNames.PeerSupervisor]),
        new(NavLederprogramPermissions.PeerSupervision.ManageSupervisors, [.. Admins, .. Coordinators]),
        new(NavLederprogramPermissions.PeerSupervision.ManageSettings, Admins),
        new(NavLederprogramPermissions.PeerSupervision.ViewReports, [.. Admins, .. Coordinators]),
        new(NavLederprogramPermissions.Evaluations.Answer, RoleNames.All),
        new(NavLederprogramPermissions.Evaluations.Manage, [.. Admins, .. Coordinators]),
        new(NavLederprogramPermissions.Evaluations.Review, Admins),
        new(NavLederprogramPermissions.Evaluations.ViewResults, [.. Admins, .. Coordinators, RoleNames.Facilitator, RoleNames.PeerSupervisor]),
        new(NavLederprogramPermissions.Development.View, RoleNames.All),
        new(NavLederprogramPermissions.Development.Coach, [.. Admins, RoleNames.Facilitator]),
        new(NavLederprogramPermissions.Development.ManageIndicators, Admins),
        new(NavLederprogramPermissions.PersonalData.View, RoleNames.All),
        new(NavLederprogramPermissions.PersonalData.Manage, [RoleNames.SystemAdmin, .. Coordinators]),
        new(NavLederprogramPermissions.PersonalData.Erase, [RoleNames.SystemAdmin]),
        new(NavLederprogramPermissions.Reporting.View, [.. Admins, .. Coordinators]),
        new(NavLederprogramPermissions.Audit.View, [RoleNames.SystemAdmin]),
        new(NavLederprogramPermissions.Jobs.View, Admins),
    ];
}
