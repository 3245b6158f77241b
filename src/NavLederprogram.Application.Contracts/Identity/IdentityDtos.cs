namespace NavLederprogram.Identity;

public sealed record UserScopeDto(ScopeKind Kind, Guid Id, string Name);

public sealed record CurrentUserDto(
    Guid UserId, string UserName, string Name, string? Email, IReadOnlyList<string> Roles,
    IReadOnlyList<string> Permissions, UserScopeDto? Scope, string? PreferredCulture);

/// <summary>The language the user chose: nb, nn or en. E-mail is written in it.</summary>
public sealed class SetCultureInput
{
    public string? Culture { get; set; }
}

public interface ICurrentUserAppService
{
    Task<CurrentUserDto> GetAsync(CancellationToken ct);
    Task SetCultureAsync(SetCultureInput input, CancellationToken ct);
}

/// <summary>Answers whether the current principal holds a permission, from the grants stored for its roles.</summary>
public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(IReadOnlyCollection<string> roles, string permission, CancellationToken ct = default);
    Task<IReadOnlyList<string>> GetGrantedAsync(IReadOnlyCollection<string> roles, CancellationToken ct = default);
}
