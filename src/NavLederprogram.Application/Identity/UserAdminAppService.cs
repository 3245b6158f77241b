using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NavLederprogram.Data;
using NavLederprogram.Localization;
using NavLederprogram.Notifications;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Validation;
using OpenIddict.Abstractions;

namespace NavLederprogram.Identity;

/// <summary>
/// Users, invites, person links and role assignments. A system administrator works nationally; a coordinator sees the users
/// linked to people in their scope and changes only those whose roles they could have given themselves
/// (<see cref="UserAdministrationRules"/>). Every refusal is decided before anything is written.
/// </summary>
public sealed class UserAdminAppService(
    UserManager<AppUser> users,
    IUserAdminRepository repository,
    IRoleAssignmentQueries assignments,
    IPersonDirectory people,
    IPersonUserLinks links,
    IOrganisationQueries organisation,
    CurrentAccessScope accessScope,
    ICurrentUser currentUser,
    INotificationSender notifications,
    IOpenIddictTokenManager tokens,
    IOpenIddictAuthorizationManager authorizations,
    IOptions<UserInviteOptions> inviteOptions,
    TimeProvider clock,
    IUnitOfWork unitOfWork) : IUserAdminAppService
{
    private const int MaxNameLength = 128;
    private const int MaxEmailLength = 256;
    private const int MaxUserNameLength = 256;
    private const int CandidateLimit = 20;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<PagedResult<UserListItemDto>> GetListAsync(UserQuery query, CancellationToken ct)
    {
        var validator = new InputValidator();
        if (query.Role is { } role && !RoleNames.All.Contains(role)) validator.Add(nameof(query.Role), InputValidator.Unknown);
        var page = query.ToPageRequest();
        validator.ThrowIfInvalid();
        var found = await repository.GetPageAsync(page, query.Role, query.IsDisabled, await accessScope.GetAsync(ct), ct);
        var names = await ScopeNamesAsync(ct);
        return new PagedResult<UserListItemDto>(found.TotalCount, [.. found.Items.Select(u => new UserListItemDto(u.Id, u.UserName, u.Name, u.Email,
            u.IsDisabled, IsLockedOut(u), u.HasPassword, u.InvitedAt, u.LastSignInAt, u.PersonName, u.EmployeeNumber, Roles(u, names)))]);
    }

    public async Task<UserDto> GetAsync(Guid id, CancellationToken ct) => await DtoAsync(await FindVisibleAsync(id, ct), ct);

    public async Task<UserAdminOptionsDto> GetOptionsAsync(CancellationToken ct)
    {
        var caller = await CallerAsync(ct);
        var scope = await accessScope.GetAsync(ct);
        var offices = await organisation.GetOfficesAsync(ct);
        var assignable = RoleNames.All
            .Where(r => UserAdministrationRules.IsSystemAdmin(caller) || caller.Any(a => a.RoleName == r))
            .Select(r => new RoleOptionDto(r, UserAdministrationRules.ScopesOf(r))).ToList();
        var regions = (await organisation.GetRegionNamesAsync(ct)).Where(r => scope.CoversRegion(r.Key));
        var municipalities = (await organisation.GetMunicipalityNamesAsync(ct)).Where(m => scope.CoversMunicipality(m.Key));
        return new UserAdminOptionsDto(assignable, RoleNames.All, Sorted(regions), Sorted(municipalities),
            Sorted(offices.Values.Where(o => scope.CoversOffice(o.Id)).Select(o => KeyValuePair.Create(o.Id, o.Name))));
    }

    public async Task<IReadOnlyList<PersonCandidateDto>> FindPeopleAsync(string? filter, CancellationToken ct)
    {
        new InputValidator().SearchFilter("filter", filter, OrganisationConsts.MaxFilterLength).ThrowIfInvalid();
        if (string.IsNullOrWhiteSpace(filter)) return [];
        var found = await people.GetPageAsync(new PageRequest(filter, null, 0, CandidateLimit), await accessScope.GetAsync(ct), null, ct);
        var offices = await organisation.GetOfficesAsync(ct);
        return [.. found.Items.Select(p => new PersonCandidateDto(p.Id, p.FullName, p.EmployeeNumber, p.Email,
            offices.GetValueOrDefault(p.OfficeId)?.Name, p.UserId is not null))];
    }

    public async Task<UserDto> CreateAsync(CreateUserInput input, CancellationToken ct)
    {
        var scope = await accessScope.GetAsync(ct);
        var validator = new InputValidator();
        // A coordinator sees only users linked to people in their scope: their new user is linked at once, or they would lose it.
        if (!scope.IsNational && input.PersonId is null) validator.Add(nameof(input.PersonId), InputValidator.Required);
        PersonCard? person = null;
        if (input.PersonId is { } personId)
        {
            person = await people.FindAsync(personId, ct);
            if (person is null || !scope.CoversOffice(person.OfficeId)) validator.Add(nameof(input.PersonId), InputValidator.Unknown);
        }
        var name = string.IsNullOrWhiteSpace(input.Name) ? person?.FullName : input.Name.Trim();
        var email = string.IsNullOrWhiteSpace(input.Email) ? person?.Email : input.Email.Trim();
        var userName = string.IsNullOrWhiteSpace(input.UserName) ? email : input.UserName.Trim();
        validator.RequireText(nameof(input.Name), name, MaxNameLength)
            .RequireEmail(nameof(input.Email), email, MaxEmailLength)
            .RequireText(nameof(input.UserName), userName, MaxUserNameLength);
        ValidateCulture(validator, input.PreferredCulture);
        validator.ThrowIfInvalid();

        if (person?.UserId is not null)
            throw new BusinessException(NavLederprogramErrorCodes.PersonHasUser) { IsConflict = true, Field = "personId" };
        if (await repository.EmailExistsAsync(email!, null, ct))
            throw new BusinessException(NavLederprogramErrorCodes.UserEmailTaken) { IsConflict = true, Field = "email" };
        if (await users.FindByNameAsync(userName!) is not null)
            throw new BusinessException(NavLederprogramErrorCodes.UserNameTaken) { IsConflict = true, Field = "userName" };

        var user = new AppUser(Guid.CreateVersion7(), userName!, email!, name!) { PreferredCulture = Culture(input.PreferredCulture) };
        await unitOfWork.InTransactionAsync(async () =>
        {
            CheckUserName(await users.CreateAsync(user));
            if (person is not null) await links.LinkAsync(person.Id, user.Id, ct);
            if (input.SendInvite ?? true) await SendLinkAsync(user, SetPasswordTokens.InvitePurpose, ct);
            await unitOfWork.SaveChangesAsync(ct);
            return true;
        }, ct: ct);
        return await GetAsync(user.Id, ct);
    }

    public async Task<UserDto> UpdateAsync(Guid id, UpdateUserInput input, CancellationToken ct)
    {
        var (_, user) = await FindManageableAsync(id, ct);
        var validator = new InputValidator().RequireText(nameof(input.Name), input.Name, MaxNameLength)
            .RequireEmail(nameof(input.Email), input.Email, MaxEmailLength);
        ValidateCulture(validator, input.PreferredCulture);
        validator.ThrowIfInvalid();
        if (input.ConcurrencyStamp is { } stamp && stamp != user.ConcurrencyStamp) throw new ConcurrencyConflictException();
        var email = input.Email!.Trim();
        if (await repository.EmailExistsAsync(email, user.Id, ct))
            throw new BusinessException(NavLederprogramErrorCodes.UserEmailTaken) { IsConflict = true, Field = "email" };
        user.Name = input.Name!.Trim();
        user.Email = email;
        user.PreferredCulture = Culture(input.PreferredCulture);
        Check(await users.UpdateAsync(user));
        return await GetAsync(id, ct);
    }

    public async Task<UserDto> InviteAsync(Guid id, CancellationToken ct)
    {
        var (_, user) = await FindManageableAsync(id, ct);
        if (await users.HasPasswordAsync(user))
            throw new BusinessException(NavLederprogramErrorCodes.UserHasPassword) { IsConflict = true };
        await SendLinkAsync(user, SetPasswordTokens.InvitePurpose, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<UserDto> SendPasswordResetAsync(Guid id, CancellationToken ct)
    {
        var (_, user) = await FindManageableAsync(id, ct);
        await SendLinkAsync(user, await users.HasPasswordAsync(user) ? SetPasswordTokens.ResetPurpose : SetPasswordTokens.InvitePurpose, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<UserDto> DisableAsync(Guid id, DisableUserInput input, CancellationToken ct)
    {
        var (row, user) = await FindManageableAsync(id, ct);
        new InputValidator().RequireText(nameof(input.Reason), input.Reason, AppUser.MaxDisabledReasonLength).ThrowIfInvalid();
        if (user.IsDisabled) return await DtoAsync(row, ct);
        await EnsureAnotherSystemAdminAsync(row, ct);
        UserAdministrationRules.EnsureNotSelf(CallerId, id);
        user.Disable(input.Reason!, Now);
        Check(await users.UpdateAsync(user));
        // Tokens already handed out stop at the next request (CurrentRoleClaims); these stop refreshes and remembered consents.
        await tokens.RevokeBySubjectAsync(id.ToString(), ct);
        await authorizations.RevokeBySubjectAsync(id.ToString(), ct);
        return await GetAsync(id, ct);
    }

    public async Task<UserDto> EnableAsync(Guid id, CancellationToken ct)
    {
        var (_, user) = await FindManageableAsync(id, ct);
        if (!user.IsDisabled) return await GetAsync(id, ct);
        user.Enable();
        Check(await users.UpdateAsync(user));
        return await GetAsync(id, ct);
    }

    public async Task<UserDto> UnlockAsync(Guid id, CancellationToken ct)
    {
        var (_, user) = await FindManageableAsync(id, ct);
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
        return await GetAsync(id, ct);
    }

    public async Task<UserDto> LinkPersonAsync(Guid id, LinkPersonInput input, CancellationToken ct)
    {
        await FindManageableAsync(id, ct);
        var validator = new InputValidator().Require(nameof(input.PersonId), input.PersonId);
        var person = input.PersonId is { } personId ? await people.FindAsync(personId, ct) : null;
        if (input.PersonId is not null && (person is null || !(await accessScope.GetAsync(ct)).CoversOffice(person.OfficeId)))
            validator.Add(nameof(input.PersonId), InputValidator.Unknown);
        validator.ThrowIfInvalid();
        await links.LinkAsync(person!.Id, id, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<UserDto> UnlinkPersonAsync(Guid id, CancellationToken ct)
    {
        await FindManageableAsync(id, ct);
        await links.UnlinkAsync(id, ct);
        await unitOfWork.SaveChangesAsync(ct);
        // A coordinator no longer sees a user without a person in their scope.
        var row = await repository.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(AppUser), id);
        return await DtoAsync(row, ct);
    }

    public async Task<UserDto> SetRoleAsync(Guid id, string roleName, SetRoleInput input, CancellationToken ct)
    {
        if (!RoleNames.All.Contains(roleName)) throw new EntityNotFoundException(typeof(AppRole), roleName);
        var (row, _) = await FindManageableAsync(id, ct);
        UserAdministrationRules.EnsureScopeFits(roleName, input.ScopeKind);
        var validator = new InputValidator();
        if (input.ScopeKind is not null) validator.Require(nameof(input.ScopeId), input.ScopeId);
        else if (input.ScopeId is not null) validator.Add(nameof(input.ScopeId), InputValidator.Unknown);
        if (input is { ScopeKind: { } kind, ScopeId: { } scopeId } && !await ScopeExistsAsync(kind, scopeId, ct))
            validator.Add(nameof(input.ScopeId), InputValidator.Unknown);
        validator.ThrowIfInvalid();
        var wanted = new RoleAssignment(roleName, input.ScopeKind, input.ScopeId);
        UserAdministrationRules.EnsureMayAssign(await CallerAsync(ct), wanted, await organisation.GetOfficesAsync(ct));
        if (row.Roles.Contains(wanted)) return await DtoAsync(row, ct);
        await repository.SetAssignmentAsync(id, roleName, input.ScopeKind, input.ScopeId, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<UserDto> RemoveRoleAsync(Guid id, string roleName, CancellationToken ct)
    {
        var (row, _) = await FindManageableAsync(id, ct);
        if (row.Roles.All(r => r.RoleName != roleName)) throw new EntityNotFoundException(typeof(AppRole), roleName);
        if (roleName == RoleNames.SystemAdmin) await EnsureAnotherSystemAdminAsync(row, ct);
        UserAdministrationRules.EnsureNotOwnSystemAdminRole(CallerId, id, roleName);
        await repository.RemoveAssignmentAsync(id, roleName, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private Guid CallerId => currentUser.Id ?? throw new EntityNotFoundException(typeof(AppUser), null);

    private async Task<IReadOnlyList<RoleAssignment>> CallerAsync(CancellationToken ct) => await assignments.GetAssignmentsAsync(CallerId, ct);

    /// <summary>A user outside the caller's scope does not exist for them.</summary>
    private async Task<UserAdminRow> FindVisibleAsync(Guid id, CancellationToken ct)
    {
        var row = await repository.FindAsync(id, ct);
        var scope = await accessScope.GetAsync(ct);
        if (row is null || (!scope.IsNational && (row.OfficeId is not { } office || !scope.CoversOffice(office))))
            throw new EntityNotFoundException(typeof(AppUser), id);
        return row;
    }

    private async Task<(UserAdminRow Row, AppUser User)> FindManageableAsync(Guid id, CancellationToken ct)
    {
        var row = await FindVisibleAsync(id, ct);
        UserAdministrationRules.EnsureMayManage(await CallerAsync(ct), row.Roles, await organisation.GetOfficesAsync(ct));
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(typeof(AppUser), id);
        return (row, user);
    }

    private async Task EnsureAnotherSystemAdminAsync(UserAdminRow row, CancellationToken ct)
    {
        var isEnabledAdmin = !row.IsDisabled && row.Roles.Any(r => r.RoleName == RoleNames.SystemAdmin);
        if (isEnabledAdmin)
            UserAdministrationRules.EnsureAnotherSystemAdminRemains(true, await repository.CountEnabledSystemAdminsAsync(row.Id, ct));
    }

    /// <summary>
    /// A new security stamp first, so that links sent before stop working; then the e-mail, in the user's language, through the
    /// notifications' e-mail queue. Saved by the caller.
    /// </summary>
    private async Task SendLinkAsync(AppUser user, string purpose, CancellationToken ct)
    {
        Check(await users.UpdateSecurityStampAsync(user));
        var token = await users.GenerateUserTokenAsync(user, SetPasswordTokens.Provider, purpose);
        var expires = clock.GetUtcNow().Add(inviteOptions.Value.LinkLifetime).UtcDateTime;
        if (purpose == SetPasswordTokens.InvitePurpose) user.MarkInvited(Now);
        var template = purpose == SetPasswordTokens.InvitePurpose ? "Identity.Invite" : "Identity.PasswordReset";
        await notifications.NotifyUsersAsync([user.Id], new NotificationMessage(NotificationKind.Account, template,
            [user.Name, user.UserName ?? "", expires.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)],
            SetPasswordTokens.Link(user.Id, purpose, token, LocalizationTexts.Normalize(user.PreferredCulture))), ct);
        Check(await users.UpdateAsync(user));
    }

    private async Task<bool> ScopeExistsAsync(ScopeKind kind, Guid id, CancellationToken ct) => kind switch
    {
        ScopeKind.Region => (await organisation.GetRegionNamesAsync(ct)).ContainsKey(id),
        ScopeKind.Municipality => (await organisation.GetMunicipalityNamesAsync(ct)).ContainsKey(id),
        _ => (await organisation.GetOfficesAsync(ct)).ContainsKey(id),
    };

    private async Task<UserDto> DtoAsync(UserAdminRow u, CancellationToken ct)
    {
        var names = await ScopeNamesAsync(ct);
        var user = await users.FindByIdAsync(u.Id.ToString());
        return new UserDto(u.Id, u.UserName, u.Name, u.Email, u.PreferredCulture, u.IsDisabled, u.DisabledAt, u.DisabledReason, IsLockedOut(u),
            u.HasPassword, u.InvitedAt, u.LastSignInAt, u.PersonId, u.PersonName, u.EmployeeNumber,
            u.OfficeId is { } office ? names.Offices.GetValueOrDefault(office) : null, Roles(u, names), user?.ConcurrencyStamp ?? "");
    }

    private sealed record ScopeNames(IReadOnlyDictionary<Guid, string> Regions, IReadOnlyDictionary<Guid, string> Municipalities,
        IReadOnlyDictionary<Guid, string> Offices);

    private async Task<ScopeNames> ScopeNamesAsync(CancellationToken ct) => new(await organisation.GetRegionNamesAsync(ct),
        await organisation.GetMunicipalityNamesAsync(ct), (await organisation.GetOfficesAsync(ct)).ToDictionary(o => o.Key, o => o.Value.Name));

    private static List<RoleAssignmentDto> Roles(UserAdminRow u, ScopeNames names) => [.. u.Roles.Select(r => new RoleAssignmentDto(r.RoleName,
        r.ScopeKind, r.ScopeId, r.ScopeId is not { } id ? null : r.ScopeKind switch
        {
            ScopeKind.Region => names.Regions.GetValueOrDefault(id),
            ScopeKind.Municipality => names.Municipalities.GetValueOrDefault(id),
            _ => names.Offices.GetValueOrDefault(id),
        }))];

    private bool IsLockedOut(UserAdminRow u) => u.LockoutEnd is { } end && end > clock.GetUtcNow();

    private static List<NamedOptionDto> Sorted(IEnumerable<KeyValuePair<Guid, string>> items) =>
        [.. items.OrderBy(i => i.Value, StringComparer.CurrentCulture).Select(i => new NamedOptionDto(i.Key, i.Value))];

    private static void ValidateCulture(InputValidator validator, string? culture)
    {
        if (!string.IsNullOrWhiteSpace(culture) && !LocalizationTexts.Cultures.Contains(culture.Trim().ToLowerInvariant()))
            validator.Add("preferredCulture", InputValidator.Unknown);
    }

    private static string? Culture(string? culture) => string.IsNullOrWhiteSpace(culture) ? null : culture.Trim().ToLowerInvariant();

    /// <summary>Identity refuses a user name with characters it does not allow; that is the form's field, not a server fault.</summary>
    private static void CheckUserName(IdentityResult result)
    {
        if (result.Succeeded) return;
        if (result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.InvalidUserName)))
            new InputValidator().Add("userName", InputValidator.Format).ThrowIfInvalid();
        if (result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName)))
            throw new BusinessException(NavLederprogramErrorCodes.UserNameTaken) { IsConflict = true, Field = "userName" };
        Check(result);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new ConcurrencyConflictException();
    }
}
