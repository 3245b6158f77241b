namespace NavLederprogram.PeerSupervision;

/// <summary>
/// What the register's form offers the caller: the regions in their scope with the offices in each, and the competence an
/// appointment requires (<paramref name="RequiredCompetence"/> is empty when the directorate has set none).
/// </summary>
public sealed record SupervisorRegisterOptionsDto(IReadOnlyList<SupervisorRegionDto> Regions, string? RequiredCompetence, int RequiredLevel);
