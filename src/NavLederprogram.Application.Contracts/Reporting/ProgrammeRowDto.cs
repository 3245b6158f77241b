namespace NavLederprogram.Reporting;

/// <summary>One row of a breakdown (a cohort, a region or an employer) with its counts.</summary>
public sealed record ProgrammeRowDto(string Id, string Name, ProgrammeCountsDto Counts);
