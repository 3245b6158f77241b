using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed record RequirementVersionDto(Guid Id, DateOnly ValidFrom, DateOnly? ValidTo, int MinimumLevel, string MinimumLevelName,
    int DeadlineMonths, int? RenewalMonths, bool IsMandatory);
