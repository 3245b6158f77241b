using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed record LocalizedTextDto(string Nb, string Nn, string En);
