namespace NavLederprogram.PersonalData;

public sealed record PersonalDataSubjectDto(Guid? PersonId, Guid? UserId, string? Name, string? Email, string? EmployeeNumber);
