using Microsoft.EntityFrameworkCore;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore.Organisation;
using NavLederprogram.EntityFrameworkCore.Paging;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Programmes;

namespace NavLederprogram.EntityFrameworkCore.Programmes;

public sealed class ProgrammeRepository(NavLederprogramDbContext db) : IProgrammeRepository
{
    public Task<Programme?> GetProgrammeAsync(CancellationToken ct = default) => db.Set<Programme>().OrderBy(p => p.CreationTime).FirstOrDefaultAsync(ct);

    public async Task InsertProgrammeAsync(Programme programme, CancellationToken ct = default) => await db.AddAsync(programme, ct);

    public Task<ProgrammeVersion?> FindVersionAsync(Guid id, CancellationToken ct = default) => db.Set<ProgrammeVersion>().FirstOrDefaultAsync(v => v.Id == id, ct);

    public async Task<IReadOnlyList<ProgrammeVersion>> GetVersionsAsync(CancellationToken ct = default) =>
        await db.Set<ProgrammeVersion>().AsNoTracking().OrderByDescending(v => v.Number).ToListAsync(ct);

    public async Task<IReadOnlyList<ProgrammeVersion>> GetVersionsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        await db.Set<ProgrammeVersion>().AsNoTracking().Where(v => ids.Contains(v.Id)).ToListAsync(ct);

    public async Task InsertVersionAsync(ProgrammeVersion version, CancellationToken ct = default) => await db.AddAsync(version, ct);

    public Task<bool> VersionInUseAsync(Guid versionId, CancellationToken ct = default) => db.Set<Cohort>().AnyAsync(c => c.ProgrammeVersionId == versionId, ct);

    public void DeleteVersion(ProgrammeVersion version) => db.Remove(version);
}

public sealed class CohortRepository(NavLederprogramDbContext db, IUnitOfWork unitOfWork) : ICohortRepository
{
    public Task<Cohort?> FindAsync(Guid id, CancellationToken ct = default) => db.Set<Cohort>().FirstOrDefaultAsync(c => c.Id == id, ct);

    public Task<Page<Cohort>> GetPageAsync(PageRequest request, CohortFilter filter, CancellationToken ct = default)
    {
        var query = Filtered(filter);
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var like = PagingExtensions.Like(request.Filter);
            query = query.Where(c => EF.Functions.Like(c.Name, like, "\\"));
        }
        var (field, desc) = PagingExtensions.ParseSorting(request.Sorting, "startsOn");
        query = field switch
        {
            "name" => query.OrderBy(c => c.Name, desc),
            "status" => query.OrderBy(c => c.Status, desc).ThenBy(c => c.StartsOn),
            "capacity" => query.OrderBy(c => c.Capacity, desc),
            _ => query.OrderBy(c => c.StartsOn, desc).ThenBy(c => c.Name),
        };
        return query.ToPageAsync(request, ct);
    }

    public async Task<IReadOnlyList<Cohort>> GetListAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        await db.Set<Cohort>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);

    public async Task<IReadOnlyList<Cohort>> GetOverlappingAsync(DateOnly from, DateOnly to, CohortFilter filter, CancellationToken ct = default) =>
        await Filtered(filter).Where(c => c.EnrolmentOpensOn <= to && c.EndsOn >= from).OrderBy(c => c.StartsOn).ToListAsync(ct);

    public async Task InsertAsync(Cohort cohort, CancellationToken ct = default) => await db.AddAsync(cohort, ct);

    /// <summary>
    /// Requests for one cohort queue in the process first, holding no database connection while they wait: SQLite's
    /// busy-retry is slow and unfair, and hundreds of server connections waiting on one row lock would drain the pool.
    /// The row lock then keeps the nodes of a cluster apart.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, SemaphoreSlim> Gates = new();

    public async Task<T> InEnrolmentLockAsync<T>(Guid cohortId, Func<Task<T>> work, CancellationToken ct = default)
    {
        var gate = Gates.GetOrAdd(cohortId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            // The unit of work's transaction, so that the events of the change are published once it has committed.
            return await unitOfWork.InTransactionAsync(async () =>
            {
                if (db.Database.IsNpgsql())
                    await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM \"ProgCohorts\" WHERE \"Id\" = {cohortId} FOR UPDATE", ct);
                else if (db.Database.IsSqlServer())
                    await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM [ProgCohorts] WITH (UPDLOCK, ROWLOCK) WHERE [Id] = {cohortId}", ct);
                return await work();
            }, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    private IQueryable<Cohort> Filtered(CohortFilter filter)
    {
        var query = db.Set<Cohort>().AsNoTracking();
        if (filter.Status is { } status) query = query.Where(c => c.Status == status);
        if (filter.RegionId is { } regionId) query = query.Where(c => c.RegionId == regionId);
        // A scoped viewer sees national cohorts and those of their regions.
        if (filter.VisibleRegionIds is { } visible) query = query.Where(c => c.RegionId == null || visible.Contains(c.RegionId.Value));
        if (filter.FacilitatorUserId is { } userId) query = query.Where(c => c.FacilitatorUserIds.Contains(userId));
        return query;
    }
}

public sealed class EnrolmentRepository(NavLederprogramDbContext db) : IEnrolmentRepository
{
    private static readonly EnrolmentStatus[] Active = [EnrolmentStatus.Pending, EnrolmentStatus.Enrolled, EnrolmentStatus.Waitlisted, EnrolmentStatus.Completed];

    public Task<Enrolment?> FindAsync(Guid id, CancellationToken ct = default) => db.Set<Enrolment>().FirstOrDefaultAsync(e => e.Id == id, ct);

    public Task<Enrolment?> FindActiveAsync(Guid cohortId, Guid personId, CancellationToken ct = default) =>
        db.Set<Enrolment>().FirstOrDefaultAsync(e => e.CohortId == cohortId && e.PersonId == personId && Active.Contains(e.Status), ct);

    public async Task<IReadOnlyList<Enrolment>> GetForCohortAsync(Guid cohortId, CancellationToken ct = default) =>
        await db.Set<Enrolment>().Where(e => e.CohortId == cohortId).OrderBy(e => e.PlacementNumber).ThenBy(e => e.RequestedAt).ToListAsync(ct);

    public async Task<IReadOnlyList<Enrolment>> GetForPersonAsync(Guid personId, CancellationToken ct = default) =>
        await db.Set<Enrolment>().Where(e => e.PersonId == personId).OrderByDescending(e => e.RequestedAt).ToListAsync(ct);

    public async Task<IReadOnlyList<Enrolment>> GetForPeopleAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct = default)
    {
        var result = new List<Enrolment>();
        foreach (var chunk in personIds.Distinct().Chunk(500))
            result.AddRange(await db.Set<Enrolment>().AsNoTracking().Where(e => chunk.Contains(e.PersonId)).ToListAsync(ct));
        return result;
    }

    public async Task<IReadOnlyDictionary<Guid, EnrolmentCounts>> CountAsync(IReadOnlyCollection<Guid> cohortIds, CancellationToken ct = default)
    {
        var rows = await db.Set<Enrolment>().Where(e => cohortIds.Contains(e.CohortId))
            .GroupBy(e => new { e.CohortId, e.Status }).Select(g => new { g.Key.CohortId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        return rows.GroupBy(r => r.CohortId).ToDictionary(g => g.Key, g =>
        {
            int Of(EnrolmentStatus s) => g.Where(r => r.Status == s).Sum(r => r.Count);
            return new EnrolmentCounts(Of(EnrolmentStatus.Enrolled), Of(EnrolmentStatus.Waitlisted), Of(EnrolmentStatus.Pending), Of(EnrolmentStatus.Completed));
        });
    }

    public async Task<long> LastPlacementNumberAsync(Guid cohortId, CancellationToken ct = default) =>
        await db.Set<Enrolment>().Where(e => e.CohortId == cohortId).MaxAsync(e => e.PlacementNumber, ct) ?? 0;

    public Task<Enrolment?> NextOnWaitlistAsync(Guid cohortId, CancellationToken ct = default) =>
        db.Set<Enrolment>().Where(e => e.CohortId == cohortId && e.Status == EnrolmentStatus.Waitlisted).OrderBy(e => e.PlacementNumber).FirstOrDefaultAsync(ct);

    public async Task InsertAsync(Enrolment enrolment, CancellationToken ct = default) => await db.AddAsync(enrolment, ct);
}

public sealed class ReflectionNoteRepository(NavLederprogramDbContext db) : IReflectionNoteRepository
{
    public async Task<IReadOnlyList<ReflectionNote>> GetForAuthorAsync(Guid authorPersonId, Guid enrolmentId, CancellationToken ct = default) =>
        await db.Set<ReflectionNote>().Where(n => n.AuthorPersonId == authorPersonId && n.EnrolmentId == enrolmentId).ToListAsync(ct);

    public async Task InsertAsync(ReflectionNote note, CancellationToken ct = default) => await db.AddAsync(note, ct);
}

public sealed class CertificateRepository(NavLederprogramDbContext db) : ICertificateRepository
{
    public Task<Certificate?> FindAsync(Guid id, CancellationToken ct = default) => db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);

    public Task<Certificate?> FindByCodeAsync(string verificationCode, CancellationToken ct = default) =>
        db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.VerificationCode == verificationCode, ct);

    public Task<Certificate?> FindByEnrolmentAsync(Guid enrolmentId, CancellationToken ct = default) =>
        db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.EnrolmentId == enrolmentId, ct);

    public async Task<IReadOnlyList<Certificate>> GetForPersonAsync(Guid personId, CancellationToken ct = default) =>
        await db.Set<Certificate>().AsNoTracking().Where(c => c.PersonId == personId).OrderByDescending(c => c.CompletedOn).ToListAsync(ct);

    public async Task InsertAsync(Certificate certificate, CancellationToken ct = default) => await db.AddAsync(certificate, ct);
}

public sealed class MilestoneRunRepository(NavLederprogramDbContext db) : IMilestoneRunRepository
{
    public async Task<IReadOnlyList<MilestoneRun>> GetForCohortAsync(Guid cohortId, CancellationToken ct = default) =>
        await db.Set<MilestoneRun>().AsNoTracking().Where(r => r.CohortId == cohortId).OrderByDescending(r => r.RanAt).ToListAsync(ct);

    public async Task InsertAsync(MilestoneRun run, CancellationToken ct = default) => await db.AddAsync(run, ct);
}
