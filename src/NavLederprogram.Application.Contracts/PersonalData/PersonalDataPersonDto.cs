namespace NavLederprogram.PersonalData;

/// <summary>A person an admin may export or erase.</summary>
public sealed record PersonalDataPersonDto(Guid Id, string Name, string EmployeeNumber, string Email, bool HasUser);
