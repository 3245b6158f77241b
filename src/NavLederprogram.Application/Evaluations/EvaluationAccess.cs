using NavLederprogram.Identity;
using NavLederprogram.Organisation;
using NavLederprogram.PeerSupervision;
using NavLederprogram.Permissions;
using NavLederprogram.Programmes;

namespace NavLederprogram.Evaluations;

/// <summary>
/// Who may manage an evaluation and who may see its results: managers (admins nationally, coordinators for their regions'
/// targets), the facilitators of the evaluated cohort and the supervisors of the evaluated group. Out of reach reads as not found.
/// </summary>
public sealed class EvaluationAccess(
    ICurrentUser currentUser,
    IPermissionChecker permissions,
    CurrentAccessScope accessScope,
    ICurrentPerson currentPerson,
    IEvaluationCohortQueries cohorts,
    IEvaluationSupervisionQueries supervision,
    EvaluationEligibility eligibility)
{
    private IReadOnlySet<Guid>? _facilitated;
    private IReadOnlySet<Guid>? _led;

    /// <summary>The regions the caller manages evaluations in: null for national, empty when they manage none.</summary>
    public async Task<IReadOnlyCollection<Guid>?> ManagedRegionsAsync(CancellationToken ct)
    {
        if (!await permissions.IsGrantedAsync(currentUser.Roles, NavLederprogramPermissions.Evaluations.Manage, ct)) return [];
        var scope = await accessScope.GetAsync(ct);
        return scope.IsNational ? null : scope.RegionIds.ToList();
    }

    /// <summary>National sets and evaluations (no region) belong to national managers only.</summary>
    public async Task<bool> ManagesAsync(Guid? regionId, CancellationToken ct)
    {
        var regions = await ManagedRegionsAsync(ct);
        return regions is null || regionId is { } id && regions.Contains(id);
    }

    public async Task<bool> SeesResultsAsync(Evaluation evaluation, CancellationToken ct)
    {
        if (await ManagesAsync(evaluation.RegionId, ct)) return true;
        if (!await permissions.IsGrantedAsync(currentUser.Roles, NavLederprogramPermissions.Evaluations.ViewResults, ct)) return false;
        if (evaluation.CohortId is { } cohortId && (await FacilitatedAsync(ct)).Contains(cohortId)) return true;
        return await eligibility.GroupOfAsync(evaluation, ct) is { } groupId && (await LedAsync(ct)).Contains(groupId);
    }

    public async Task<IReadOnlySet<Guid>> FacilitatedAsync(CancellationToken ct) =>
        _facilitated ??= currentUser.Id is { } userId ? (await cohorts.GetFacilitatedCohortsAsync(userId, ct)).ToHashSet() : new HashSet<Guid>();

    public async Task<IReadOnlySet<Guid>> LedAsync(CancellationToken ct) =>
        _led ??= await currentPerson.GetAsync(ct) is { } person ? (await supervision.GetGroupsLedByAsync(person.Id, ct)).ToHashSet() : new HashSet<Guid>();
}
