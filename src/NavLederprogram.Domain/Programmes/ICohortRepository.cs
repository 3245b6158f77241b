using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public interface ICohortRepository
{
    Task<Cohort?> FindAsync(Guid id, CancellationToken ct = default);
    Task<Page<CohortSummary>> GetPageAsync(PageRequest request, CohortFilter filter, CancellationToken ct = default);
    Task<IReadOnlyList<Cohort>> GetListAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
    /// <summary>Cohorts with a session or a state in the interval, for the calendar.</summary>
    Task<IReadOnlyList<Cohort>> GetOverlappingAsync(DateOnly from, DateOnly to, CohortFilter filter, CancellationToken ct = default);
    Task InsertAsync(Cohort cohort, CancellationToken ct = default);
    /// <summary>
    /// Runs <paramref name="work"/> in a transaction that every other enrolment change of the cohort waits for, so that
    /// seats are counted and given out one request at a time.
    /// </summary>
    Task<T> InEnrolmentLockAsync<T>(Guid cohortId, Func<Task<T>> work, CancellationToken ct = default);
}
