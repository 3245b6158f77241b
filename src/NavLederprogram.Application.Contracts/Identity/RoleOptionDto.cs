namespace NavLederprogram.Identity;

/// <summary>A role the caller may assign, and the scopes it may be limited to (none: national).</summary>
public sealed record RoleOptionDto(string Name, IReadOnlyList<ScopeKind> ScopeKinds);
