namespace NavLederprogram.Identity;

public sealed record UserScopeDto(ScopeKind Kind, Guid Id, string Name);
