using NavLederprogram.Identity;
using NavLederprogram.Organisation;
using NavLederprogram.Permissions;

namespace NavLederprogram.Competence;

/// <summary>
/// Who may see whose competence. People with the people-view permission see their access scope; an office
/// leader without it sees the office they lead; everyone sees themselves.
/// </summary>
public sealed class CompetenceAccess(
    ICurrentUser currentUser,
    IPermissionChecker permissions,
    CurrentAccessScope accessScope,
    ICurrentPerson currentPerson,
    IPersonDirectory people,
    IOrganisationQueries organisation) : ICompetenceGapScope
{
    private AccessScope? _gapScope;

    public Guid? UserId => currentUser.Id;

    public async Task<AccessScope> GetGapScopeAsync(CancellationToken ct)
    {
        if (_gapScope is not null) return _gapScope;
        if (await permissions.IsGrantedAsync(currentUser.Roles, NavLederprogramPermissions.People.View, ct))
            return _gapScope = await accessScope.GetAsync(ct);
        var me = await GetMeAsync(ct);
        var officeLeader = (await organisation.GetJobRolesAsync(ct)).FirstOrDefault(r => r.Code == OrganisationConsts.OfficeLeaderRoleCode);
        if (me is null || officeLeader is null || me.JobRoles.All(r => r.JobRoleId != officeLeader.Id)) return _gapScope = AccessScope.Nothing;
        var office = await organisation.FindOfficeAsync(me.OfficeId, ct);
        return _gapScope = office is null ? AccessScope.Nothing : new AccessScope(false, [office.RegionId], office.MunicipalityIds, [office.Id]);
    }

    /// <summary>The approver's scope: approvals follow the organisation scope of the role assignment.</summary>
    public Task<AccessScope> GetApprovalScopeAsync(CancellationToken ct) => accessScope.GetAsync(ct);

    public async Task<bool> CanApproveAsync(PersonCard owner, CancellationToken ct) =>
        await permissions.IsGrantedAsync(currentUser.Roles, NavLederprogramPermissions.Competence.ApproveEvidence, ct)
        && (await GetApprovalScopeAsync(ct)).CoversOffice(owner.OfficeId);

    public Task<PersonCard?> FindPersonAsync(Guid personId, CancellationToken ct) => people.FindAsync(personId, ct);

    public Task<PersonCard?> GetMeAsync(CancellationToken ct) => currentPerson.GetAsync(ct);

    public Task<PersonCard> GetMeOrThrowAsync(CancellationToken ct) => currentPerson.GetOrThrowAsync(ct);

    /// <summary>A person the viewer may see: themselves, or someone in their gap scope. Anyone else does not exist for them.</summary>
    public async Task<PersonCard> GetVisiblePersonAsync(Guid personId, CancellationToken ct)
    {
        var me = await GetMeAsync(ct);
        if (me?.Id == personId) return me;
        var person = await people.FindAsync(personId, ct);
        if (person is null || !(await GetGapScopeAsync(ct)).CoversOffice(person.OfficeId)) throw new EntityNotFoundException(nameof(Person), personId);
        return person;
    }
}
