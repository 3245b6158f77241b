namespace NavLederprogram.Privacy;

/// <summary>Whom an export or erasure is about: the person in the register and their user, either of which may be missing.</summary>
public sealed record PersonalDataSubject(Guid? PersonId, Guid? UserId, string? Email, string? EmployeeNumber, string? FullName);
