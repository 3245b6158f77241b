using Microsoft.EntityFrameworkCore;
using NavLederprogram.Competence;
using NavLederprogram.EntityFrameworkCore.Organisation;
using NavLederprogram.EntityFrameworkCore.Paging;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.EntityFrameworkCore.Competence;

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
