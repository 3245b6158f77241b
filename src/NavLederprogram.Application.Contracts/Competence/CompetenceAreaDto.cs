using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed record CompetenceAreaDto(
    Guid Id, string Code, Guid CategoryId, string CategoryName, Guid ScaleId, string ScaleName, int MaxLevel,
    string Name, string Description, LocalizedTextDto Names, LocalizedTextDto Descriptions, string ConcurrencyStamp) : IHasId;
