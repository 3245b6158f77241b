using Microsoft.Extensions.Caching.Memory;
using NavLederprogram.Organisation;

namespace NavLederprogram.Identity;

/// <summary>Permission grants per role, cached briefly so that every request does not read the grant table.</summary>
public sealed class PermissionChecker(IPermissionGrantRepository grants, IMemoryCache cache) : IPermissionChecker
{
    private const string CacheKey = "permission-grants";

    public async Task<bool> IsGrantedAsync(IReadOnlyCollection<string> roles, string permission, CancellationToken ct = default) =>
        (await GetGrantedAsync(roles, ct)).Contains(permission);

    public async Task<IReadOnlyList<string>> GetGrantedAsync(IReadOnlyCollection<string> roles, CancellationToken ct = default)
    {
        var all = await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            return (await grants.GetListAsync(ct)).ToLookup(g => g.RoleName, g => g.PermissionName);
        });
        return roles.SelectMany(r => all![r]).Distinct().Order(StringComparer.Ordinal).ToList();
    }
}

/// <summary>The current user's access scope, resolved once per request.</summary>
[ModuleContract]
public sealed class CurrentAccessScope(ICurrentUser currentUser, AccessScopeResolver resolver)
{
    private AccessScope? _scope;

    /// <summary>An integration client is admitted by its OAuth scope for one task and works nationally.</summary>
    public async Task<AccessScope> GetAsync(CancellationToken ct) =>
        _scope ??= currentUser is { Id: null, ClientId: not null } ? AccessScope.National : await resolver.ResolveAsync(currentUser.Id, ct);
}

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
