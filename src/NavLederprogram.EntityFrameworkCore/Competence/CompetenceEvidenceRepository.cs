using Microsoft.EntityFrameworkCore;
using NavLederprogram.Competence;
using NavLederprogram.EntityFrameworkCore.Organisation;
using NavLederprogram.EntityFrameworkCore.Paging;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.EntityFrameworkCore.Competence;

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
