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
    /// <summary>Writes e-learning courses for KS or the directorate, without administering anything else.</summary>
    public const string CourseEditor = "CourseEditor";

    public static readonly IReadOnlyList<string> All =
    [
        SystemAdmin, KsAdmin, DirectorateAdmin, RegionalCoordinator,
        MunicipalCoordinator, Facilitator, PeerSupervisor, Leader, CourseEditor,
    ];
}
