namespace NavLederprogram.Reporting;

/// <summary>The partnership view: a region's state and municipal leaders side by side.</summary>
public sealed record PartnershipRowDto(Guid Id, string Name, ProgrammeCountsDto State, ProgrammeCountsDto Municipal);
