namespace NavLederprogram.Identity;

public sealed record CurrentUserDto(
    Guid UserId, string UserName, string Name, string? Email, IReadOnlyList<string> Roles,
    IReadOnlyList<string> Permissions, UserScopeDto? Scope, string? PreferredCulture);
