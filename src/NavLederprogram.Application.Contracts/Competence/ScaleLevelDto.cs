using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed record ScaleLevelDto(int Level, string Name, LocalizedTextDto Names);
