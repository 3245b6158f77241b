using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed record CompetenceCategoryDto(Guid Id, string Name, LocalizedTextDto Names, int SortOrder, string ConcurrencyStamp) : IHasId;
