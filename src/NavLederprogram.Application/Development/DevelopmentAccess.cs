using NavLederprogram.Identity;
using NavLederprogram.Organisation;
using NavLederprogram.Permissions;
using NavLederprogram.Programmes;

namespace NavLederprogram.Development;

/// <summary>Decides who the caller is to a plan, in one place for every use case; to anyone else the plan does not exist.</summary>
public sealed class DevelopmentAccess(ICurrentUser currentUser, ICurrentPerson currentPerson, ICohortCoachingQueries cohorts, IPermissionChecker permissions)
{
    public Guid UserId => currentUser.Id ?? throw new BusinessException(NavLederprogramErrorCodes.NoPersonProfile) { IsConflict = true };

    public Task<PersonCard?> MeAsync(CancellationToken ct) => currentPerson.GetAsync(ct);

    public Task<bool> IsAdminAsync(CancellationToken ct) =>
        permissions.IsGrantedAsync(currentUser.Roles, NavLederprogramPermissions.Development.ManageIndicators, ct);

    public Task<bool> CanCoachAsync(CancellationToken ct) => permissions.IsGrantedAsync(currentUser.Roles, NavLederprogramPermissions.Development.Coach, ct);

    /// <summary>The caller as a viewer of <paramref name="plan"/>, or not found when they may not see it at all.</summary>
    public async Task<PlanViewer> ViewerAsync(DevelopmentPlan plan, CancellationToken ct)
    {
        var userId = currentUser.Id;
        var me = await MeAsync(ct);
        var cohort = await cohorts.FindAsync(plan.CohortId, ct);
        if (userId is not { } user || cohort is null) throw new EntityNotFoundException(typeof(DevelopmentPlan), plan.Id);
        var isLeader = me is not null && me.Id == plan.PersonId;
        var isFacilitator = cohort.IsFacilitator(user) && await CanCoachAsync(ct);
        var isCoach = isFacilitator && plan.CoachUserId == user;
        var isAdmin = !isLeader && !isFacilitator && await IsAdminAsync(ct);
        if (!isLeader && !isFacilitator && !isAdmin) throw new EntityNotFoundException(typeof(DevelopmentPlan), plan.Id);
        return new PlanViewer(user, me, cohort, isLeader, isCoach, isFacilitator, isAdmin);
    }
}
