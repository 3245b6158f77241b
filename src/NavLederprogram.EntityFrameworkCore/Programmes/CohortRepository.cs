using Microsoft.EntityFrameworkCore;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore.Organisation;
using NavLederprogram.EntityFrameworkCore.Paging;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Programmes;

namespace NavLederprogram.EntityFrameworkCore.Programmes;

public sealed class CohortRepository(NavLederprogramDbContext db, IUnitOfWork unitOfWork) : ICohortRepository
{
    public Task<Cohort?> FindAsync(Guid id, CancellationToken ct = default) => db.Set<Cohort>().FirstOrDefaultAsync(c => c.Id == id, ct);

    public Task<Page<CohortSummary>> GetPageAsync(PageRequest request, CohortFilter filter, CancellationToken ct = default)
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
        // Only the columns the list shows: the schedule documents stay in the database.
        return query.Select(c => new CohortSummary(c.Id, c.Name, c.ProgrammeVersionId, c.RegionId, c.Status, c.Capacity,
            c.EnrolmentOpensOn, c.EnrolmentClosesOn, c.StartsOn, c.EndsOn)).ToPageAsync(request, ct);
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
        var held = true;
        void Release()
        {
            if (!held) return;
            held = false;
            gate.Release();
        }
        try
        {
            // The unit of work's transaction, so that the events of the change are published once it has committed;
            // the gate opens as the transaction ends, so the next enrolment does not wait for the reactions to this one.
            return await unitOfWork.InTransactionAsync(async () =>
            {
                if (db.Database.IsNpgsql())
                    await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM \"ProgCohorts\" WHERE \"Id\" = {cohortId} FOR UPDATE", ct);
                else if (db.Database.IsSqlServer())
                    await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM [ProgCohorts] WITH (UPDLOCK, ROWLOCK) WHERE [Id] = {cohortId}", ct);
                return await work();
            }, Release, ct);
        }
        finally
        {
            Release();
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
