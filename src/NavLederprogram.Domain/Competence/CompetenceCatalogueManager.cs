namespace NavLederprogram.Competence;

/// <summary>Catalogue rules that need the database: unique codes and requirements, and nothing removed or shrunk while in use.</summary>
public sealed class CompetenceCatalogueManager(ICompetenceCatalogueRepository catalogue, ICompetenceRequirementRepository requirements)
{
    public async Task EnsureAreaCodeFreeAsync(string code, Guid? exceptId, CancellationToken ct)
    {
        if (await catalogue.AreaCodeExistsAsync(code.Trim(), exceptId, ct))
            throw new BusinessException(NavLederprogramErrorCodes.CompetenceCodeTaken, code.Trim()) { IsConflict = true };
    }

    public async Task EnsureScaleCanHaveAsync(ProficiencyScale scale, int levelCount, CancellationToken ct)
    {
        var highest = await catalogue.HighestLevelUsedAsync(scale.Id, ct);
        if (levelCount < highest) throw new BusinessException(NavLederprogramErrorCodes.ScaleLevelInUse, highest) { IsConflict = true };
    }

    public async Task EnsureScaleCanBeDeletedAsync(ProficiencyScale scale, CancellationToken ct)
    {
        if (await catalogue.ScaleInUseAsync(scale.Id, ct)) throw new BusinessException(NavLederprogramErrorCodes.ScaleInUse) { IsConflict = true };
    }

    public async Task EnsureCategoryCanBeDeletedAsync(CompetenceCategory category, CancellationToken ct)
    {
        if (await catalogue.CategoryInUseAsync(category.Id, ct)) throw new BusinessException(NavLederprogramErrorCodes.CategoryInUse) { IsConflict = true };
    }

    public async Task EnsureAreaCanBeDeletedAsync(CompetenceArea area, CancellationToken ct)
    {
        if (await catalogue.AreaInUseAsync(area.Id, ct)) throw new BusinessException(NavLederprogramErrorCodes.CompetenceInUse) { IsConflict = true };
    }

    /// <summary>Levels mean something only on their scale: once required or held, an area keeps its scale.</summary>
    public async Task EnsureScaleCanChangeAsync(CompetenceArea area, CancellationToken ct)
    {
        if (await catalogue.AreaInUseAsync(area.Id, ct)) throw new BusinessException(NavLederprogramErrorCodes.ScaleChangeInUse) { IsConflict = true };
    }

    public async Task EnsureRequirementUniqueAsync(Guid jobRoleId, Guid areaId, Guid? regionId, Guid? officeId, Guid? exceptId, CancellationToken ct)
    {
        if (await requirements.ExistsAsync(jobRoleId, areaId, regionId, officeId, exceptId, ct))
            throw new BusinessException(NavLederprogramErrorCodes.RequirementExists) { IsConflict = true };
    }
}
