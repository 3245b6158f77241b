namespace NavLederprogram.Competence;

/// <summary>The competence catalogue as other modules read it: a few hundred rows at most, read whole.</summary>
[ModuleContract]
public interface ICompetenceQueries
{
    Task<IReadOnlyDictionary<Guid, CompetenceAreaCard>> GetAreasAsync(CancellationToken ct = default);
    /// <summary>The highest level of each proficiency scale, by scale id.</summary>
    Task<IReadOnlyDictionary<Guid, int>> GetScaleMaxLevelsAsync(CancellationToken ct = default);
}
