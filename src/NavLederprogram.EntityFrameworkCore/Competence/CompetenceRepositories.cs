using Microsoft.EntityFrameworkCore;
using NavLederprogram.Competence;
using NavLederprogram.EntityFrameworkCore.Organisation;
using NavLederprogram.EntityFrameworkCore.Paging;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.EntityFrameworkCore.Competence;

public sealed class CompetenceCatalogueRepository(NavLederprogramDbContext db) : ICompetenceCatalogueRepository
{
    public Task<ProficiencyScale?> FindScaleAsync(Guid id, CancellationToken ct = default) => db.Set<ProficiencyScale>().FirstOrDefaultAsync(s => s.Id == id, ct);

    public async Task<IReadOnlyList<ProficiencyScale>> GetScalesAsync(CancellationToken ct = default) =>
        await db.Set<ProficiencyScale>().AsNoTracking().OrderBy(s => s.CreationTime).ToListAsync(ct);

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

    public async Task<IReadOnlyList<CompetenceCategory>> GetCategoriesAsync(CancellationToken ct = default) =>
        await db.Set<CompetenceCategory>().AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(ct);

    public async Task InsertCategoryAsync(CompetenceCategory category, CancellationToken ct = default) => await db.AddAsync(category, ct);

    public void DeleteCategory(CompetenceCategory category) => db.Remove(category);

    public Task<bool> CategoryInUseAsync(Guid categoryId, CancellationToken ct = default) => db.Set<CompetenceArea>().AnyAsync(a => a.CategoryId == categoryId, ct);

    public Task<CompetenceArea?> FindAreaAsync(Guid id, CancellationToken ct = default) => db.Set<CompetenceArea>().FirstOrDefaultAsync(a => a.Id == id, ct);

    public async Task<IReadOnlyList<CompetenceArea>> GetAreasAsync(CancellationToken ct = default) =>
        await db.Set<CompetenceArea>().AsNoTracking().OrderBy(a => a.Code).ToListAsync(ct);

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

public sealed class CompetenceRequirementRepository(NavLederprogramDbContext db, OrganisationReadModels organisation)
    : ICompetenceRequirementRepository
{
    public Task<CompetenceRequirement?> FindAsync(Guid id, CancellationToken ct = default) => db.Set<CompetenceRequirement>().FirstOrDefaultAsync(r => r.Id == id, ct);

    public Task<Page<CompetenceRequirement>> GetPageAsync(PageRequest request, Guid? jobRoleId, Guid? competenceAreaId, CancellationToken ct = default)
    {
        var query = db.Set<CompetenceRequirement>().AsNoTracking();
        if (jobRoleId is not null) query = query.Where(r => r.JobRoleId == jobRoleId);
        if (competenceAreaId is not null) query = query.Where(r => r.CompetenceAreaId == competenceAreaId);
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var like = PagingExtensions.Like(request.Filter);
            var areas = db.Set<CompetenceArea>().Where(a => EF.Functions.Like(a.Code, like, "\\") || EF.Functions.Like(a.Name.Nb, like, "\\")
                || EF.Functions.Like(a.Name.Nn, like, "\\") || EF.Functions.Like(a.Name.En, like, "\\")).Select(a => a.Id);
            query = query.Where(r => areas.Contains(r.CompetenceAreaId));
        }
        var ordered = from r in query
                      join role in organisation.JobRoles on r.JobRoleId equals role.Id
                      join area in db.Set<CompetenceArea>() on r.CompetenceAreaId equals area.Id
                      orderby role.SortOrder, area.Code, r.RegionId, r.OfficeId
                      select r;
        return ordered.ToPageAsync(request, ct);
    }

    public async Task<IReadOnlyList<CompetenceRequirement>> GetAllAsync(CancellationToken ct = default) =>
        await db.Set<CompetenceRequirement>().AsNoTracking().ToListAsync(ct);

    public Task<bool> ExistsAsync(Guid jobRoleId, Guid competenceAreaId, Guid? regionId, Guid? officeId, Guid? exceptId, CancellationToken ct = default) =>
        db.Set<CompetenceRequirement>().AnyAsync(r => r.JobRoleId == jobRoleId && r.CompetenceAreaId == competenceAreaId
            && r.RegionId == regionId && r.OfficeId == officeId && r.Id != exceptId, ct);

    public async Task InsertAsync(CompetenceRequirement requirement, CancellationToken ct = default) => await db.AddAsync(requirement, ct);

    public void Delete(CompetenceRequirement requirement) => db.Remove(requirement);
}

public sealed class CompetenceEvidenceRepository(NavLederprogramDbContext db, OrganisationReadModels organisation)
    : ICompetenceEvidenceRepository
{
    public Task<CompetenceEvidence?> FindAsync(Guid id, CancellationToken ct = default) => db.Set<CompetenceEvidence>().FirstOrDefaultAsync(e => e.Id == id, ct);

    public async Task<IReadOnlyList<CompetenceEvidence>> GetForPersonAsync(Guid personId, CancellationToken ct = default) =>
        await db.Set<CompetenceEvidence>().AsNoTracking().Where(e => e.PersonId == personId)
            .OrderByDescending(e => e.AchievedOn).ThenByDescending(e => e.CreationTime).ToListAsync(ct);

    public async Task<Page<PendingEvidence>> GetPendingPageAsync(PageRequest request, AccessScope scope, CancellationToken ct = default)
    {
        var query = from e in db.Set<CompetenceEvidence>().AsNoTracking()
                    where e.State == EvidenceState.Pending
                    join p in organisation.People on e.PersonId equals p.Id
                    join o in organisation.Offices on p.OfficeId equals o.Id
                    select new { e, p.FirstName, p.LastName, OfficeId = o.Id, OfficeName = o.Name };
        if (!scope.IsNational) query = query.Where(x => scope.OfficeIds.Contains(x.OfficeId));
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var like = PagingExtensions.Like(request.Filter);
            query = query.Where(x => EF.Functions.Like(x.FirstName, like, "\\") || EF.Functions.Like(x.LastName, like, "\\")
                || EF.Functions.Like(x.OfficeName, like, "\\") || EF.Functions.Like(x.e.Title, like, "\\"));
        }
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(x => x.e.CreationTime).Skip(request.SkipCount).Take(request.MaxResultCount).ToListAsync(ct);
        return new Page<PendingEvidence>(total, items.Select(x => new PendingEvidence(x.e, $"{x.FirstName} {x.LastName}", x.OfficeId, x.OfficeName)).ToList());
    }

    public Task<bool> ExistsFromSourceAsync(Guid personId, Guid competenceAreaId, EvidenceSource source, string reference, CancellationToken ct = default) =>
        db.Set<CompetenceEvidence>().AnyAsync(e => e.PersonId == personId && e.CompetenceAreaId == competenceAreaId && e.Source == source && e.SourceReference == reference, ct);

    public Task<EvidenceDocument?> GetDocumentAsync(Guid evidenceId, CancellationToken ct = default) =>
        db.Set<EvidenceDocument>().AsNoTracking().FirstOrDefaultAsync(d => d.EvidenceId == evidenceId, ct);

    public async Task<IReadOnlyList<ApprovedEvidenceFact>> GetApprovedFactsAsync(IReadOnlyCollection<Guid>? personIds, CancellationToken ct = default)
    {
        var query = db.Set<CompetenceEvidence>().AsNoTracking().Where(e => e.State == EvidenceState.Approved);
        if (personIds is not null) query = query.Where(e => personIds.Contains(e.PersonId));
        var rows = await query.Select(e => new { e.PersonId, e.CompetenceAreaId, e.Level, e.AchievedOn, e.ValidUntil }).ToListAsync(ct);
        return rows.Select(r => new ApprovedEvidenceFact(r.PersonId, r.CompetenceAreaId, new EvidenceFact(r.Level, r.AchievedOn, r.ValidUntil))).ToList();
    }

    public async Task InsertAsync(CompetenceEvidence evidence, EvidenceDocument? document, CancellationToken ct = default)
    {
        await db.AddAsync(evidence, ct);
        if (document is not null) await db.AddAsync(document, ct);
    }

    public void Delete(CompetenceEvidence evidence) => db.Remove(evidence);
}
