using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed record ProficiencyScaleDto(Guid Id, string Name, LocalizedTextDto Names, IReadOnlyList<ScaleLevelDto> Levels, string ConcurrencyStamp) : IHasId;
