using NavLederprogram.Identity;
using NavLederprogram.Organisation;
using NavLederprogram.Permissions;

namespace NavLederprogram.Programmes;

/// <summary>Who the caller is for the programme: their name for the history, the party they approve for, their person, their scope.</summary>
public sealed class ProgrammeAccess(
    ICurrentUser currentUser,
    IUserDirectory users,
    IPermissionChecker permissions,
    CurrentAccessScope accessScope,
    ICurrentPerson currentPerson,
    ICohortRepository cohorts) : IProgrammeApprover
{
    private Actor? _actor;

    public Guid? UserId => currentUser.Id;

    public async Task<Actor> GetActorAsync(CancellationToken ct)
    {
        if (_actor is not null) return _actor;
        var id = currentUser.Id ?? throw new BusinessException(NavLederprogramErrorCodes.NoPersonProfile) { IsConflict = true };
        var user = await users.FindAsync(id, ct);
        return _actor = new Actor(id, user?.Name ?? currentUser.UserName ?? "");
    }

    /// <summary>KS admins approve for KS, directorate admins for the directorate; anyone else approves for nobody.</summary>
    public async Task<ApprovalParty?> GetApprovalPartyAsync(CancellationToken ct)
    {
        if (!await HasAsync(NavLederprogramPermissions.Programmes.Approve, ct)) return null;
        return currentUser.Roles.Contains(RoleNames.KsAdmin) ? ApprovalParty.Ks
            : currentUser.Roles.Contains(RoleNames.DirectorateAdmin) ? ApprovalParty.Directorate : null;
    }

    public Task<bool> HasAsync(string permission, CancellationToken ct) => permissions.IsGrantedAsync(currentUser.Roles, permission, ct);

    public Task<AccessScope> GetScopeAsync(CancellationToken ct) => accessScope.GetAsync(ct);

    /// <summary>A regional cohort outside the caller's scope does not exist for them, unless they facilitate it.</summary>
    public async Task<Cohort> FindVisibleCohortAsync(Guid id, CancellationToken ct)
    {
        var cohort = await cohorts.FindAsync(id, ct);
        if (cohort is null || cohort.RegionId is { } regionId && !(await GetScopeAsync(ct)).CoversRegion(regionId) && !cohort.FacilitatorUserIds.Contains(UserId ?? Guid.Empty))
            throw new EntityNotFoundException(typeof(Cohort), id);
        return cohort;
    }

    public Task<PersonCard?> GetMeAsync(CancellationToken ct) => currentPerson.GetAsync(ct);

    public Task<PersonCard> GetMeOrThrowAsync(CancellationToken ct) => currentPerson.GetOrThrowAsync(ct);

    /// <summary>Names of a cohort's facilitators: a handful, read one by one.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> GetUserNamesAsync(IReadOnlyCollection<Guid> userIds)
    {
        var names = new Dictionary<Guid, string>();
        foreach (var id in userIds.Distinct())
            if (await users.FindAsync(id) is { } user) names[id] = user.Name;
        return names;
    }

    public Task<IReadOnlyList<UserCard>> GetFacilitatorsAsync() => users.GetInRoleAsync(RoleNames.Facilitator);
}
