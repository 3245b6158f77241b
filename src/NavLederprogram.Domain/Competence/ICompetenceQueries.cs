namespace NavLederprogram.Competence;

/// <summary>
/// The competence catalogue as other modules read it: a few hundred rows at most, read whole. Cached on each node until the
/// catalogue changes, so these cost no statement on a warm node.
/// </summary>
[ModuleContract]
public interface ICompetenceQueries
{
    Task<IReadOnlyDictionary<Guid, CompetenceAreaCard>> GetAreasAsync(CancellationToken ct = default);
    /// <summary>The highest level of each proficiency scale, by scale id.</summary>
    Task<IReadOnlyDictionary<Guid, int>> GetScaleMaxLevelsAsync(CancellationToken ct = default);
    /// <summary>Areas, categories and scales with their levels in one snapshot, for the Competence module's own reads.</summary>
    Task<CompetenceCatalogue> GetCatalogueAsync(CancellationToken ct = default);
}
