using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed record GapRowDto(Guid Id, string Name, StatusCountsDto Counts);
