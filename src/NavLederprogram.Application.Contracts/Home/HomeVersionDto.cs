using NavLederprogram.Competence;
using NavLederprogram.Programmes;

namespace NavLederprogram.Home;

public sealed record HomeVersionDto(Guid Id, int Number, string Name, bool KsApproved, bool DirectorateApproved, bool AwaitsMe);
