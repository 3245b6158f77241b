namespace NavLederprogram.Identity;

/// <summary>One permission: its text key, the roles granted it, and the grants that cannot be revoked.</summary>
public sealed record PermissionGrantRowDto(string Name, string TextKey, IReadOnlyList<string> GrantedRoles, IReadOnlyList<string> ProtectedRoles);
