using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

/// <summary>One person's status on one requirement, with names, for drill-down lists and exports.</summary>
public sealed record PersonGapRow(Guid PersonId, string FirstName, string LastName, string EmployeeNumber, Guid OfficeId, Guid JobRoleId,
    Guid CompetenceAreaId, Guid RequirementId, bool IsMandatory, int RequiredLevel, int? CurrentLevel, CompetenceStatus Status, DateOnly Deadline, DateOnly? ValidUntil);
