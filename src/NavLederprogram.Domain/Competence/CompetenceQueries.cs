namespace NavLederprogram.Competence;

public sealed class CompetenceQueries(ICompetenceCatalogueRepository catalogue) : ICompetenceQueries
{
    public async Task<IReadOnlyDictionary<Guid, CompetenceAreaCard>> GetAreasAsync(CancellationToken ct = default) =>
        (await catalogue.GetAreasAsync(ct)).ToDictionary(a => a.Id, a => new CompetenceAreaCard(a.Id, a.Code, a.ScaleId, a.Name));

    public async Task<IReadOnlyDictionary<Guid, int>> GetScaleMaxLevelsAsync(CancellationToken ct = default) =>
        (await catalogue.GetScalesAsync(ct)).ToDictionary(s => s.Id, s => s.MaxLevel);
}
