namespace NavLederprogram.Identity;

/// <summary>A person a user can be linked to; <see cref="HasUser"/> when another user already is.</summary>
public sealed record PersonCandidateDto(Guid Id, string Name, string EmployeeNumber, string Email, string? OfficeName, bool HasUser);
