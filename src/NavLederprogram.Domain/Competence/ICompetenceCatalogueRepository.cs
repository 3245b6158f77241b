using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public interface ICompetenceCatalogueRepository
{
    Task<ProficiencyScale?> FindScaleAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<ProficiencyScale>> GetScalesAsync(CancellationToken ct = default);
    Task InsertScaleAsync(ProficiencyScale scale, CancellationToken ct = default);
    void DeleteScale(ProficiencyScale scale);
    Task<bool> ScaleInUseAsync(Guid scaleId, CancellationToken ct = default);
    /// <summary>The highest level any requirement or evidence uses on the scale, so that a scale is never cut below it.</summary>
    Task<int> HighestLevelUsedAsync(Guid scaleId, CancellationToken ct = default);

    Task<CompetenceCategory?> FindCategoryAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<CompetenceCategory>> GetCategoriesAsync(CancellationToken ct = default);
    Task InsertCategoryAsync(CompetenceCategory category, CancellationToken ct = default);
    void DeleteCategory(CompetenceCategory category);
    Task<bool> CategoryInUseAsync(Guid categoryId, CancellationToken ct = default);

    Task<CompetenceArea?> FindAreaAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<CompetenceArea>> GetAreasAsync(CancellationToken ct = default);
    Task<Page<CompetenceArea>> GetAreaPageAsync(PageRequest request, Guid? categoryId, CancellationToken ct = default);
    Task<bool> AreaCodeExistsAsync(string code, Guid? exceptId, CancellationToken ct = default);
    Task InsertAreaAsync(CompetenceArea area, CancellationToken ct = default);
    void DeleteArea(CompetenceArea area);
    Task<bool> AreaInUseAsync(Guid areaId, CancellationToken ct = default);
}
