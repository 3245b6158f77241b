namespace NavLederprogram.Identity;

/// <summary>A permission and the roles that hold it by default (seeded as grants).</summary>
public sealed record PermissionDefinition(string Name, IReadOnlyList<string> DefaultRoles);
