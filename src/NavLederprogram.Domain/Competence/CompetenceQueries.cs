namespace NavLederprogram.Competence;

/// <summary>A competence area as other modules name and grant it.</summary>
[ModuleContract]
public sealed record CompetenceAreaCard(Guid Id, string Code, Guid ScaleId, LocalizedText Name);

/// <summary>The competence catalogue as other modules read it: a few hundred rows at most, read whole.</summary>
[ModuleContract]
public interface ICompetenceQueries
{
    Task<IReadOnlyDictionary<Guid, CompetenceAreaCard>> GetAreasAsync(CancellationToken ct = default);
    /// <summary>The highest level of each proficiency scale, by scale id.</summary>
    Task<IReadOnlyDictionary<Guid, int>> GetScaleMaxLevelsAsync(CancellationToken ct = default);
}

public sealed class CompetenceQueries(ICompetenceCatalogueRepository catalogue) : ICompetenceQueries
{
    public async Task<IReadOnlyDictionary<Guid, CompetenceAreaCard>> GetAreasAsync(CancellationToken ct = default) =>
        (await catalogue.GetAreasAsync(ct)).ToDictionary(a => a.Id, a => new CompetenceAreaCard(a.Id, a.Code, a.ScaleId, a.Name));

    public async Task<IReadOnlyDictionary<Guid, int>> GetScaleMaxLevelsAsync(CancellationToken ct = default) =>
        (await catalogue.GetScalesAsync(ct)).ToDictionary(s => s.Id, s => s.MaxLevel);
}
