namespace NavLederprogram.Identity;

/// <summary>A user as the administration edits them. <see cref="ConcurrencyStamp"/> guards the details against a lost update.</summary>
public sealed record UserDto(
    Guid Id, string UserName, string Name, string? Email, string? PreferredCulture, bool IsDisabled, DateTime? DisabledAt, string? DisabledReason,
    bool IsLockedOut, bool HasPassword, DateTime? InvitedAt, DateTime? LastSignInAt, Guid? PersonId, string? PersonName, string? EmployeeNumber,
    string? OfficeName, IReadOnlyList<RoleAssignmentDto> Roles, string ConcurrencyStamp);
