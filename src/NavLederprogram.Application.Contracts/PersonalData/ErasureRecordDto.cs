namespace NavLederprogram.PersonalData;

/// <summary>That a person was erased: by whom, under which retention rules (rule → years), and what was done per kind.</summary>
public sealed record ErasureRecordDto(Guid Id, DateTime ErasedAt, string? ErasedBy, Guid PersonId, IReadOnlyDictionary<string, int> Retention,
    IReadOnlyList<ErasureStepDto> Steps);
