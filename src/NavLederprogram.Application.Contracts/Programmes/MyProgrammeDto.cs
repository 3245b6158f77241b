namespace NavLederprogram.Programmes;

/// <summary>The caller's cohorts; a user not linked to a person has none, and <see cref="NoPerson"/> says why.</summary>
public sealed record MyProgrammeDto(IReadOnlyList<MyCohortDto> Cohorts, Organisation.NoPersonDto? NoPerson = null);
