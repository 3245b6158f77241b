using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public sealed record PersonDto(
    Guid Id, string EmployeeNumber, string FirstName, string LastName, string Email, Employer Employer,
    Guid OfficeId, string OfficeName, IReadOnlyList<PersonJobRoleDto> JobRoles, Guid? UserId, string ConcurrencyStamp) : IHasId;
