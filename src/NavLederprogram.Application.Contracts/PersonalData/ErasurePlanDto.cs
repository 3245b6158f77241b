namespace NavLederprogram.PersonalData;

/// <summary>
/// The dry run: what an erasure of the person would delete, anonymise or keep. <see cref="Refusal"/> is the error code that would
/// refuse it (erasing oneself, the last system admin), or null. The erasure is confirmed by typing <see cref="EmployeeNumber"/>.
/// </summary>
public sealed record ErasurePlanDto(Guid PersonId, string Name, string EmployeeNumber, IReadOnlyList<ErasureStepDto> Steps, string? Refusal);
