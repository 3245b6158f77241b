using System.Collections.Frozen;
using NavLederprogram.Data;

namespace NavLederprogram.Competence;

public sealed class CompetenceQueries(ICompetenceCatalogueRepository catalogue, IDataCache cache) : ICompetenceQueries
{
    public Task<IReadOnlyDictionary<Guid, CompetenceAreaCard>> GetAreasAsync(CancellationToken ct = default) =>
        cache.GetOrLoadAsync<IReadOnlyDictionary<Guid, CompetenceAreaCard>>(CompetenceCaches.Catalogue, "area-cards", async c =>
            (await catalogue.GetAreasAsync(c)).ToFrozenDictionary(a => a.Id, a => new CompetenceAreaCard(a.Id, a.Code, a.ScaleId, a.Name)), ct);

    public Task<IReadOnlyDictionary<Guid, int>> GetScaleMaxLevelsAsync(CancellationToken ct = default) =>
        cache.GetOrLoadAsync<IReadOnlyDictionary<Guid, int>>(CompetenceCaches.Catalogue, "scale-max-levels", async c =>
            (await catalogue.GetScalesAsync(c)).ToFrozenDictionary(s => s.Id, s => s.MaxLevel), ct);

    public Task<CompetenceCatalogue> GetCatalogueAsync(CancellationToken ct = default) =>
        cache.GetOrLoadAsync(CompetenceCaches.Catalogue, "catalogue", async c =>
            new CompetenceCatalogue(await catalogue.GetAreasAsync(c), await catalogue.GetCategoriesAsync(c), await catalogue.GetScalesAsync(c)), ct);
}
