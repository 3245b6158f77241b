using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed record GapPersonDto(
    Guid PersonId, string Name, string EmployeeNumber, Guid OfficeId, string OfficeName, Guid JobRoleId, string JobRoleName,
    Guid CompetenceAreaId, string CompetenceAreaName, bool IsMandatory, int RequiredLevel, int? CurrentLevel, CompetenceStatus Status,
    DateOnly Deadline, DateOnly? ValidUntil);
