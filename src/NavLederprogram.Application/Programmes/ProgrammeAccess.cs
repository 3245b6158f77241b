using Microsoft.AspNetCore.Identity;
using NavLederprogram.Identity;
using NavLederprogram.Organisation;
using NavLederprogram.Permissions;

namespace NavLederprogram.Programmes;

/// <summary>Who the caller is for the programme: their name for the history, the party they approve for, their person, their scope.</summary>
public sealed class ProgrammeAccess(
    ICurrentUser currentUser,
    UserManager<AppUser> users,
    IPermissionChecker permissions,
    CurrentAccessScope accessScope,
    IPersonRepository people)
{
    private Actor? _actor;
    private Person? _me;
    private bool _meLoaded;

    public Guid? UserId => currentUser.Id;

    public async Task<Actor> GetActorAsync(CancellationToken ct)
    {
        if (_actor is not null) return _actor;
        var id = currentUser.Id ?? throw new BusinessException(NavLederprogramErrorCodes.NoPersonProfile) { IsConflict = true };
        var user = await users.FindByIdAsync(id.ToString());
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

    public async Task<Person?> GetMeAsync(CancellationToken ct)
    {
        if (_meLoaded) return _me;
        _me = currentUser.Id is { } id ? await people.FindByUserIdAsync(id, ct) : null;
        _meLoaded = true;
        return _me;
    }

    public async Task<Person> GetMeOrThrowAsync(CancellationToken ct) =>
        await GetMeAsync(ct) ?? throw new BusinessException(NavLederprogramErrorCodes.NoPersonProfile) { IsConflict = true };

    /// <summary>Names of a cohort's facilitators: a handful, read one by one.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> GetUserNamesAsync(IReadOnlyCollection<Guid> userIds)
    {
        var names = new Dictionary<Guid, string>();
        foreach (var id in userIds.Distinct())
            if (await users.FindByIdAsync(id.ToString()) is { } user) names[id] = user.Name;
        return names;
    }

    public async Task<IReadOnlyList<AppUser>> GetFacilitatorsAsync() => [.. await users.GetUsersInRoleAsync(RoleNames.Facilitator)];
}
