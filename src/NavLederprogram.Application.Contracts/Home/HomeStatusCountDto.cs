using NavLederprogram.Competence;
using NavLederprogram.Programmes;

namespace NavLederprogram.Home;

public sealed record HomeStatusCountDto(CohortStatus Status, string StatusName, int Count);
