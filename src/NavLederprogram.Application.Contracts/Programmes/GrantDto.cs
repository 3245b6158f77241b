using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record GrantDto(Guid CompetenceAreaId, string CompetenceAreaName, int Level, int? ValidMonths);
