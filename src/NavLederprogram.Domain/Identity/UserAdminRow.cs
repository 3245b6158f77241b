namespace NavLederprogram.Identity;

/// <summary>A user account as the user administration shows it, with the person it is linked to and its role assignments.</summary>
public sealed record UserAdminRow(
    Guid Id,
    string UserName,
    string Name,
    string? Email,
    string? PreferredCulture,
    bool IsDisabled,
    DateTime? DisabledAt,
    string? DisabledReason,
    DateTimeOffset? LockoutEnd,
    bool HasPassword,
    DateTime? InvitedAt,
    DateTime? LastSignInAt,
    Guid? PersonId,
    string? PersonName,
    string? EmployeeNumber,
    Guid? OfficeId,
    IReadOnlyList<RoleAssignment> Roles);
