namespace NavLederprogram.Competence;

/// <summary>
/// The requirements people do not meet, as other modules read them (e-learning derives the courses a person needs from them).
/// Read from the stored statuses, so a requirement met another way — an approved diploma — is gone as soon as its evidence is.
/// </summary>
[ModuleContract]
public interface ICompetenceRequirementGaps
{
    /// <summary>The open requirements of these people, in one query.</summary>
    Task<IReadOnlyList<OpenRequirement>> GetOpenAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct = default);
}
