namespace NavLederprogram.Identity;

/// <summary>The role assignments of a user with their scopes, as stored.</summary>
[ModuleContract]
public sealed record RoleAssignment(string RoleName, ScopeKind? ScopeKind, Guid? ScopeId);
