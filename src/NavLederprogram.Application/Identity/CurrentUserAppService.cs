using Microsoft.Extensions.Caching.Memory;
using NavLederprogram.Organisation;

namespace NavLederprogram.Identity;

public sealed class CurrentUserAppService(
    ICurrentUser currentUser,
    Microsoft.AspNetCore.Identity.UserManager<AppUser> users,
    IPermissionChecker permissions,
    IRoleAssignmentRepository assignments,
    IOrganisationQueries organisation) : ICurrentUserAppService
{
    public async Task<CurrentUserDto> GetAsync(CancellationToken ct)
    {
        var user = await users.FindByIdAsync(currentUser.Id?.ToString() ?? "")
            ?? throw new EntityNotFoundException(typeof(AppUser), currentUser.Id);
        var roleAssignments = await assignments.GetAssignmentsAsync(user.Id, ct);
        var roles = roleAssignments.Select(a => a.RoleName).Distinct().ToList();
        var scoped = roleAssignments.All(a => a.ScopeKind is not null) ? roleAssignments.FirstOrDefault(a => a.ScopeKind is not null) : null;
        UserScopeDto? scope = null;
        if (scoped is { ScopeKind: { } kind, ScopeId: { } id })
        {
            var name = kind switch
            {
                ScopeKind.Region => await organisation.FindRegionNameAsync(id, ct),
                ScopeKind.Municipality => await organisation.FindMunicipalityNameAsync(id, ct),
                _ => (await organisation.FindOfficeAsync(id, ct))?.Name,
            };
            scope = new UserScopeDto(kind, id, name ?? "");
        }
        return new CurrentUserDto(user.Id, user.UserName!, user.Name, user.Email, roles, await permissions.GetGrantedAsync(roles, ct), scope,
            user.PreferredCulture is { Length: > 0 } culture ? Localization.LocalizationTexts.Normalize(culture) : null);
    }

    public async Task SetCultureAsync(SetCultureInput input, CancellationToken ct)
    {
        var culture = input.Culture?.Trim().ToLowerInvariant();
        var validator = new Validation.InputValidator();
        if (string.IsNullOrEmpty(culture)) validator.Add(nameof(input.Culture), Validation.InputValidator.Required);
        else if (!Localization.LocalizationTexts.Cultures.Contains(culture)) validator.Add(nameof(input.Culture), Validation.InputValidator.Unknown);
        validator.ThrowIfInvalid();
        var user = await users.FindByIdAsync(currentUser.Id?.ToString() ?? "")
            ?? throw new EntityNotFoundException(typeof(AppUser), currentUser.Id);
        if (user.PreferredCulture == culture) return;
        user.PreferredCulture = culture;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded) throw new ConcurrencyConflictException();
    }
}
