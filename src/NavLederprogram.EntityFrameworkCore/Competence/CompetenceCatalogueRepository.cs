using Microsoft.EntityFrameworkCore;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore.Organisation;
using NavLederprogram.EntityFrameworkCore.Paging;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.EntityFrameworkCore.Competence;

/// <summary>The whole lists of scales, categories and areas are cached on the node until the catalogue changes: shared, read-only snapshots.</summary>
public sealed class CompetenceCatalogueRepository(NavLederprogramDbContext db, IDataCache cache) : ICompetenceCatalogueRepository
{
    public Task<ProficiencyScale?> FindScaleAsync(Guid id, CancellationToken ct = default) => db.Set<ProficiencyScale>().FirstOrDefaultAsync(s => s.Id == id, ct);

    public Task<IReadOnlyList<ProficiencyScale>> GetScalesAsync(CancellationToken ct = default) =>
        cache.GetOrLoadAsync<IReadOnlyList<ProficiencyScale>>(CompetenceCaches.Catalogue, "scales", async c =>
            await db.Set<ProficiencyScale>().AsNoTracking().OrderBy(s => s.CreationTime).ToArrayAsync(c), ct);

    public async Task InsertScaleAsync(ProficiencyScale scale, CancellationToken ct = default) => await db.AddAsync(scale, ct);

    public void DeleteScale(ProficiencyScale scale) => db.Remove(scale);

    public Task<bool> ScaleInUseAsync(Guid scaleId, CancellationToken ct = default) => db.Set<CompetenceArea>().AnyAsync(a => a.ScaleId == scaleId, ct);

    public async Task<int> HighestLevelUsedAsync(Guid scaleId, CancellationToken ct = default)
    {
        var areas = db.Set<CompetenceArea>().Where(a => a.ScaleId == scaleId).Select(a => a.Id);
        var required = await db.Set<RequirementVersion>()
            .Where(v => db.Set<CompetenceRequirement>().Any(r => r.Id == v.RequirementId && areas.Contains(r.CompetenceAreaId)))
            .MaxAsync(v => (int?)v.MinimumLevel, ct) ?? 0;
        var held = await db.Set<CompetenceEvidence>().Where(e => areas.Contains(e.CompetenceAreaId)).MaxAsync(e => (int?)e.Level, ct) ?? 0;
        return Math.Max(required, held);
    }

    public Task<CompetenceCategory?> FindCategoryAsync(Guid id, CancellationToken ct = default) => db.Set<CompetenceCategory>().FirstOrDefaultAsync(c => c.Id == id, ct);

    public Task<IReadOnlyList<CompetenceCategory>> GetCategoriesAsync(CancellationToken ct = default) =>
        cache.GetOrLoadAsync<IReadOnlyList<CompetenceCategory>>(CompetenceCaches.Catalogue, "categories", async c =>
            await db.Set<CompetenceCategory>().AsNoTracking().OrderBy(x => x.SortOrder).ToArrayAsync(c), ct);

    public async Task InsertCategoryAsync(CompetenceCategory category, CancellationToken ct = default) => await db.AddAsync(category, ct);

    public void DeleteCategory(CompetenceCategory category) => db.Remove(category);

    public Task<bool> CategoryInUseAsync(Guid categoryId, CancellationToken ct = default) => db.Set<CompetenceArea>().AnyAsync(a => a.CategoryId == categoryId, ct);

    public Task<CompetenceArea?> FindAreaAsync(Guid id, CancellationToken ct = default) => db.Set<CompetenceArea>().FirstOrDefaultAsync(a => a.Id == id, ct);

    public Task<IReadOnlyList<CompetenceArea>> GetAreasAsync(CancellationToken ct = default) =>
        cache.GetOrLoadAsync<IReadOnlyList<CompetenceArea>>(CompetenceCaches.Catalogue, "areas", async c =>
            await db.Set<CompetenceArea>().AsNoTracking().OrderBy(a => a.Code).ToArrayAsync(c), ct);

    public Task<Page<CompetenceArea>> GetAreaPageAsync(PageRequest request, Guid? categoryId, CancellationToken ct = default)
    {
        var query = db.Set<CompetenceArea>().AsNoTracking();
        if (categoryId is not null) query = query.Where(a => a.CategoryId == categoryId);
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var like = PagingExtensions.Like(request.Filter);
            query = query.Where(a => EF.Functions.Like(a.Code, like, "\\") || EF.Functions.Like(a.Name.Nb, like, "\\")
                || EF.Functions.Like(a.Name.Nn, like, "\\") || EF.Functions.Like(a.Name.En, like, "\\"));
        }
        var (field, desc) = PagingExtensions.ParseSorting(request.Sorting, "code");
        query = (IQueryable<CompetenceArea>)(field switch
        {
            "name" => LocalizationTexts.Normalize(System.Globalization.CultureInfo.CurrentUICulture.Name) switch
            {
                "nn" => query.OrderBy(a => a.Name.Nn, desc),
                "en" => query.OrderBy(a => a.Name.En, desc),
                _ => query.OrderBy(a => a.Name.Nb, desc),
            },
            _ => query.OrderBy(a => a.Code, desc),
        });
        return query.ToPageAsync(request, ct);
    }

    public Task<bool> AreaCodeExistsAsync(string code, Guid? exceptId, CancellationToken ct = default) =>
        db.Set<CompetenceArea>().AnyAsync(a => a.Code == code && a.Id != exceptId, ct);

    public async Task InsertAreaAsync(CompetenceArea area, CancellationToken ct = default) => await db.AddAsync(area, ct);

    public void DeleteArea(CompetenceArea area) => db.Remove(area);

    public async Task<bool> AreaInUseAsync(Guid areaId, CancellationToken ct = default) =>
        await db.Set<CompetenceRequirement>().AnyAsync(r => r.CompetenceAreaId == areaId, ct)
        || await db.Set<CompetenceEvidence>().AnyAsync(e => e.CompetenceAreaId == areaId, ct);
}
