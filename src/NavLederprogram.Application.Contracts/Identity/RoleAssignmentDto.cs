namespace NavLederprogram.Identity;

/// <summary>A role held by a user, limited to a region, municipality or office (with its name) or national.</summary>
public sealed record RoleAssignmentDto(string RoleName, ScopeKind? ScopeKind, Guid? ScopeId, string? ScopeName);
