namespace NavLederprogram.Identity;

public sealed record UserListItemDto(
    Guid Id, string UserName, string Name, string? Email, bool IsDisabled, bool IsLockedOut, bool HasPassword, DateTime? InvitedAt,
    DateTime? LastSignInAt, string? PersonName, string? EmployeeNumber, IReadOnlyList<RoleAssignmentDto> Roles);
