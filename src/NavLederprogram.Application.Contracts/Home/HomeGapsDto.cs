using NavLederprogram.Competence;
using NavLederprogram.Programmes;

namespace NavLederprogram.Home;

/// <summary>Competence gaps in the caller's scope, with the competences covered worst.</summary>
public sealed record HomeGapsDto(string ScopeName, StatusCountsDto Total, IReadOnlyList<GapRowDto> Weakest);
