namespace NavLederprogram.PersonalData;

/// <summary>What the system stores about people, why, on which basis and for how long: generated from the modules and the configuration.</summary>
public sealed record ProcessingOverviewDto(IReadOnlyList<ProcessingKindDto> Kinds, IReadOnlyList<AuditRetentionDto> AuditRetention);
